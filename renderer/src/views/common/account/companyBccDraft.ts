/** The company BCC address as the user edits it: a domain and a mailbox name (R1.2). */
import type { CompanyBcc } from '../../../../../shared/domain/crm';
import { changeCompanyBcc, companyBccAddress, DEFAULT_DROPBOX_LOCAL_PART } from '../../../../../shared/rules/companyAddress';
import { splitAddress } from '../../../../../shared/rules/emailAddress';

export interface CompanyBccDraft {
  domain: string;
  localPart: string;
}

export function companyBccDraftOf(bcc: CompanyBcc | undefined, fallbackDomain = ''): CompanyBccDraft {
  const parts = bcc ? splitAddress(bcc.address) : undefined;
  return parts ? { domain: parts.domain, localPart: parts.local } : { domain: fallbackDomain, localPart: DEFAULT_DROPBOX_LOCAL_PART };
}

/** The address the draft makes; undefined while the domain or the name is not valid. */
export function addressOf(draft: CompanyBccDraft): string | undefined {
  try {
    return companyBccAddress(draft.domain, draft.localPart || DEFAULT_DROPBOX_LOCAL_PART);
  } catch {
    // handled: a draft that is not (yet) a domain has no address; the form says what is missing
    return undefined;
  }
}

/** R1.2: the new setting; earlier addresses stay accepted as aliases. */
export function companyBccOf(current: CompanyBcc | undefined, draft: CompanyBccDraft): CompanyBcc | undefined {
  try {
    return changeCompanyBcc(current, draft.domain, draft.localPart || DEFAULT_DROPBOX_LOCAL_PART);
  } catch {
    // handled: a draft that is not (yet) a domain changes nothing; the form says what is missing
    return undefined;
  }
}

/** The domain of an address, for the first guess at the company domain. */
export function domainOf(email: string): string {
  return splitAddress(email)?.domain ?? '';
}
