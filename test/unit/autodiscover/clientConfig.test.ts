import { domainToASCII } from 'node:url';
/** The clientConfig reader on its own: which entry wins, and why a document is refused. */
import { describe, expect, it } from 'vitest';
import { readClientConfig } from '../../../main/mail/autodiscover/clientConfig';
import { parseEmailAddress } from '../../../shared/rules/emailAddress';
import { clientConfig, GOOD_CONFIG, imapEntry, pop3Entry, smtpEntry } from './fixtures';

const jane = parseEmailAddress('jane@acme.com', domainToASCII);
const smtpOk = smtpEntry({ host: 'smtp.acme.com', port: 465, socketType: 'SSL', username: '%EMAILADDRESS%' });
const SMTP = { host: 'smtp.acme.com', port: 465, tls: 'implicit', user: 'jane@acme.com' } as const;

describe('readClientConfig', () => {
  it('reads a good document', () => {
    expect(readClientConfig(GOOD_CONFIG, jane)).toEqual({ ok: true, imap: { host: 'imap.acme.com', port: 993, tls: 'implicit', user: 'jane@acme.com' }, smtp: SMTP });
  });

  it('takes the first acceptable entry in document order, ignoring POP3 and unusable entries', () => {
    const xml = clientConfig(
      pop3Entry({ host: 'pop.acme.com', port: 995, socketType: 'SSL', username: '%EMAILADDRESS%' }),
      imapEntry({ host: 'oauth.acme.com', port: 993, socketType: 'SSL', username: '%EMAILADDRESS%', auth: ['OAuth2'] }),
      imapEntry({ host: 'realname.acme.com', port: 993, socketType: 'SSL', username: '%REALNAME%' }),
      imapEntry({ host: 'nouser.acme.com', port: 993, socketType: 'SSL' }),
      imapEntry({ host: 'badport.acme.com', port: 99999, socketType: 'SSL', username: '%EMAILADDRESS%' }),
      imapEntry({ host: 'weird.acme.com', port: 993, socketType: 'TLS-maybe', username: '%EMAILADDRESS%' }),
      imapEntry({ host: 'IMAP2.acme.com', port: 143, socketType: 'starttls', username: 'jd', auth: ['OAuth2', 'password-encrypted'] }),
      imapEntry({ host: 'imap3.acme.com', port: 993, socketType: 'SSL', username: '%EMAILADDRESS%' }),
      smtpOk,
    );
    expect(readClientConfig(xml, jane)).toEqual({ ok: true, imap: { host: 'imap2.acme.com', port: 143, tls: 'starttls', user: 'jd' }, smtp: SMTP });
  });

  it('accepts an entry with no <authentication>, and decodes entities in values', () => {
    const xml = clientConfig(imapEntry({ host: 'imap.acme.com', port: 993, socketType: 'SSL', username: 'acme&#92;%EMAILLOCALPART%', auth: [] }), smtpOk);
    expect(readClientConfig(xml, jane)).toMatchObject({ ok: true, imap: { user: 'acme\\jane' } });
  });

  it('fills placeholders once: an address containing one is not expanded again', () => {
    const odd = parseEmailAddress('%EMAILDOMAIN%@acme.com', domainToASCII);
    const xml = clientConfig(imapEntry({ host: 'imap.acme.com', port: 993, socketType: 'SSL', username: '%EMAILLOCALPART%' }), smtpOk);
    expect(readClientConfig(xml, odd)).toMatchObject({ ok: true, imap: { user: '%EMAILDOMAIN%' } });
  });

  it.each([
    [clientConfig(smtpOk), 'IMAP server missing'],
    [clientConfig(imapEntry({ host: 'imap.acme.com', port: 143, socketType: 'plain', username: '%EMAILADDRESS%' }), smtpOk), 'IMAP server offered only without TLS'],
    [
      clientConfig(imapEntry({ host: 'imap.acme.com', port: 993, socketType: 'SSL', username: '%EMAILADDRESS%', auth: ['OAuth2'] }), smtpOk),
      'IMAP server offered only without password login',
    ],
    [clientConfig(imapEntry({ host: 'imap.acme.com', port: 'x', socketType: 'SSL', username: 'u' })), 'IMAP server entries unreadable; SMTP server missing'],
  ])('reports a document without a usable pair as incomplete (%#)', (xml, detail) => {
    expect(readClientConfig(xml, jane)).toEqual({ ok: false, reason: 'incomplete', detail });
  });

  it.each([
    ['<clientConfig version="1.1"><emailProvider>', 'not well-formed XML: unclosed element emailProvider at offset 43'],
    ['<clientConfig version="1.1"/>', 'no <emailProvider> in clientConfig'],
    ['<config/>', 'root element is <config>, not <clientConfig>'],
    ['{"imap": "imap.acme.com"}', 'not well-formed XML: text outside the root element at offset 0'],
  ])('refuses %j as invalid', (xml, detail) => {
    expect(readClientConfig(xml, jane)).toEqual({ ok: false, reason: 'invalid', detail });
  });
});
