/**
 * What compose needs to know about the account (account:get, addresses:list): who may send
 * (the primary address and verified alternates, R6), the automatic BCC setting (R2.1), the
 * company BCC address with its aliases and the sub-address delimiter (R1.2, R1.3).
 */
import type { OurAddresses } from '../../../../shared/rules/counterparties';
import type { CrmBccMode } from '../../../../shared/rules/send/crmBcc';
import type { BlindcopyApi } from '../../../../shared/ipc/contract';

export interface AccountFacts {
  primary: string;
  displayName?: string;
  /** the primary first, then the verified alternates */
  senders: string[];
  autoBcc: CrmBccMode;
  companyBcc: string;
  /** the company address and its aliases */
  dropboxAddresses: string[];
  delimiter: string;
  ours: OurAddresses;
}

/** Undefined when no account is saved yet. */
export async function loadAccountFacts(api: BlindcopyApi): Promise<AccountFacts | undefined> {
  const [account, addresses] = await Promise.all([api.invoke('account:get', {}), api.invoke('addresses:list', {})]);
  const config = account.config;
  if (!config) return undefined;
  const verified = addresses.filter((a) => a.status === 'verified').map((a) => a.address);
  const senders = [config.email, ...verified.filter((a) => a.toLowerCase() !== config.email.toLowerCase())];
  const dropboxAddresses = [config.companyBcc.address, ...config.companyBcc.aliases];
  return {
    primary: config.email,
    ...(config.displayName ? { displayName: config.displayName } : {}),
    senders,
    autoBcc: config.autoBcc,
    companyBcc: config.companyBcc.address,
    dropboxAddresses,
    delimiter: config.delimiter,
    ours: { own: senders, dropbox: dropboxAddresses, delimiter: config.delimiter },
  };
}
