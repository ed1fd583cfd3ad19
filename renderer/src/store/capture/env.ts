/**
 * What the capture rules need from the settings, read once per batch inside its transaction so a
 * settings change cannot land half-way through a batch.
 */
import type { LinkingMode, SharingDefault } from '../../../../shared/domain/crm';
import { acceptedDropboxAddresses } from '../../../../shared/rules/companyAddress';
import type { OurAddresses } from '../../../../shared/rules/counterparties';
import type { UserAddresses } from '../../../../shared/rules/ownerId';
import type { StoreContext } from '../context';
import type { SettingValues } from '../settings';

export interface CaptureEnv {
  now: number;
  newId(): string;
  mode: LinkingMode;
  sharing: SharingDefault;
  ours: OurAddresses;
  /** the users whose mail this store keeps: today the local user alone (team mode later) */
  users: UserAddresses[];
  /** owner of what the local user accepts from the Rejected list */
  localUserId: string;
}

export function captureEnv(settings: SettingValues, ctx: StoreContext): CaptureEnv {
  const own = settings.ownAddresses;
  const localUserId = settings.userId ?? ctx.viewer.userId;
  return {
    now: ctx.clock(),
    newId: ctx.newId,
    mode: settings.linkingMode,
    sharing: settings.sharingDefault,
    ours: {
      own: own ? [own.primary, ...own.verified] : [],
      dropbox: settings.companyBcc ? acceptedDropboxAddresses(settings.companyBcc) : [],
      delimiter: settings.delimiter,
    },
    users: own ? [{ userId: localUserId, primary: own.primary, verified: own.verified, pending: own.pending }] : [],
    localUserId,
  };
}
