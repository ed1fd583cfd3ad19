/**
 * Where Thunderbird-style autoconfig documents live, in the order they are tried. Injectable so
 * tests can serve them locally; the defaults are all HTTPS.
 */
import type { EmailAddress } from '../../../shared/rules/emailAddress';

export interface AutoconfigUrls {
  /** The domain's own autoconfig host; it may tailor the answer to the address, so it gets it. */
  domain(address: EmailAddress): string;
  wellKnown(address: EmailAddress): string;
  /** Mozilla's public ISP database: a third party, so it learns only the domain. */
  ispdb(address: EmailAddress): string;
}

export const defaultAutoconfigUrls: AutoconfigUrls = {
  domain: (a) => `https://autoconfig.${a.domain}/mail/config-v1.1.xml?emailaddress=${encodeURIComponent(a.email)}`,
  wellKnown: (a) => `https://${a.domain}/.well-known/autoconfig/mail/config-v1.1.xml`,
  ispdb: (a) => `https://autoconfig.thunderbird.net/v1.1/${a.domain}`,
};
