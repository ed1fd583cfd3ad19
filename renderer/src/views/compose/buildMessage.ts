/**
 * The draft as the outbox takes it (OutgoingMessageSchema), with the CRM copy decided by
 * `crmBccFor` (R2.1): the item's address when a deal or lead is chosen, else the company address
 * per the setting; in 'ask' mode only if the user kept the checkbox. The CRM address goes in
 * `crmBcc`, envelope only (R2.2) — never into the user's Bcc list.
 */
import { itemAddress } from '../../../../shared/rules/itemAddress';
import { crmBccFor, type CrmBccChoice } from '../../../../shared/rules/send/crmBcc';
import type { OutgoingMessage } from '../../../../shared/rules/send/outgoing';
import { sendWarnings, type SendWarning } from '../../../../shared/rules/send/warnings';
import type { ComposeDraft, DraftItem } from '../../state/compose';
import type { AccountFacts } from './accountFacts';
import { plainToHtml } from './plainToHtml';

export function itemAddressOf(item: DraftItem | undefined, facts: AccountFacts): string | undefined {
  return item?.token ? itemAddress(facts.companyBcc, item.token, facts.delimiter) : undefined;
}

/** Which CRM copy the settings and the chosen item call for, before the 'ask' checkbox. */
export function crmChoiceOf(draft: ComposeDraft, facts: AccountFacts): CrmBccChoice | undefined {
  return crmBccFor(facts.autoBcc, facts.companyBcc, itemAddressOf(draft.item, facts) ?? draft.keptCrmBcc);
}

/** The address the CRM copy will really go to, or undefined for none. */
export function crmBccOf(draft: ComposeDraft, facts: AccountFacts): string | undefined {
  const choice = crmChoiceOf(draft, facts);
  return choice && (!choice.confirm || draft.companyCopy) ? choice.address : undefined;
}

export function buildMessage(draft: ComposeDraft, facts: AccountFacts): OutgoingMessage {
  const crmBcc = crmBccOf(draft, facts);
  const from = draft.from ?? facts.primary;
  return {
    from: facts.displayName ? { address: from, name: facts.displayName } : { address: from },
    to: draft.to,
    cc: draft.showCc ? draft.cc : [],
    bcc: draft.showBcc ? draft.bcc : [],
    subject: draft.subject.replace(/[\r\n\t]+/g, ' ').trim(),
    text: draft.text,
    html: plainToHtml(draft.text),
    attachments: draft.attachments.map(({ name, contentType, contentBase64 }) => ({ name, contentType, contentBase64 })),
    ...(draft.inReplyTo !== undefined ? { inReplyTo: draft.inReplyTo } : {}),
    references: draft.references,
    ...(crmBcc !== undefined ? { crmBcc } : {}),
  };
}

/** R1.5 and R2.5, never blocking. */
export function warningsOf(draft: ComposeDraft, facts: AccountFacts): SendWarning[] {
  return sendWarnings(buildMessage(draft, facts), { dropboxAddresses: facts.dropboxAddresses, delimiter: facts.delimiter });
}
