/**
 * The set-up both replication files share: devices A and B on Sam's account, with the offer and
 * the forwarded reply already in the drop box, and the titles the tests give their deals and
 * find their threads by.
 */
import type { Dump } from '../../support/browser/devices/pageDump';
import { useDevices } from '../../support/browser/devices/useDevices';
import { sampleDropboxMail } from '../../support/demo/sampleMail';

export function useTwoDevices(): ReturnType<typeof useDevices> {
  return useDevices({
    async beforeStart({ stack, sam, crm }) {
      const [offer, , forwarded] = sampleDropboxMail(sam.address, crm.address, stack.domain);
      for (const mail of [offer, forwarded]) if (mail) await stack.deliver(crm.address, mail.raw);
    },
    start: [{ name: 'A' }, { name: 'B' }],
  });
}

export const X = 'Rollout at Customer AG';
export const Y = 'Support contract';
/** the subjects of the offer's thread and of the forwarded reply's */
export const OFFER = 'Offer for 40 licences';
export const ANGEBOT = 'Angebot Wartungsvertrag';

export const dealsTitled = (dump: Dump, title: string) => (dump.deals ?? []).filter((d) => d.title === title);
