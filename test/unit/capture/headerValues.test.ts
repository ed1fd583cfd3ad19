import { describe, expect, it } from 'vitest';
import { isPlausibleDate, parseLooseDate, parseMailDate } from '../../../shared/rules/capture/dates';
import { cleanDisplayName, toMailbox } from '../../../shared/rules/capture/mailbox';
import { cleanAddress } from '../../../shared/rules/emailAddress';
import { parseMessageId, parseMessageIdList, synthesizeMessageId } from '../../../shared/rules/capture/messageIdHeaders';

describe('message ids', () => {
  it('R3.6 reads a Message-ID without brackets', () => {
    expect(parseMessageId(' <abc.123@mail.acme.com> ')).toBe('abc.123@mail.acme.com');
    expect(parseMessageId('abc@host')).toBe('abc@host');
    expect(parseMessageId('')).toBeUndefined();
    expect(parseMessageId('<>')).toBeUndefined();
    expect(parseMessageId(undefined)).toBeUndefined();
  });

  it('R9.1 reads every id of References, once, in order, skipping junk', () => {
    expect(parseMessageIdList('<a@x> <b@y>\t<a@x> <not an id> <c@z>')).toEqual(['a@x', 'b@y', 'c@z']);
    expect(parseMessageIdList('a@x, b@y junk')).toEqual(['a@x', 'b@y']);
  });

  it('R3.6 synthesizes a stable, distinct id from the source when the header is missing', () => {
    const id = synthesizeMessageId({ sourceId: 'dropbox-1', uidValidity: 7, uid: 42 });
    expect(id).toBe('7.42.dropbox-1@blindcopy.invalid');
    expect(synthesizeMessageId({ sourceId: 'dropbox-1', uidValidity: 7, uid: 42 })).toBe(id);
    // escaping keeps one token and never maps two source ids onto one message id
    const odd = synthesizeMessageId({ sourceId: 'a b@c=d', uidValidity: 1, uid: 2 });
    expect(odd).toBe('1.2.a=20b=40c=3Dd@blindcopy.invalid');
    expect(odd).not.toBe(synthesizeMessageId({ sourceId: 'a=20b@c=d', uidValidity: 1, uid: 2 }));
  });
});

describe('dates', () => {
  it('R9.2 reads RFC 5322 dates, with comments and folding', () => {
    expect(parseMailDate('Wed, 15 May 2024 10:00:00 +0200 (CEST)')).toBe(Date.UTC(2024, 4, 15, 8));
    expect(parseMailDate('Thu,\r\n  13 Feb 1969 23:32:54 -0330')).toBe(Date.UTC(1969, 1, 14, 3, 2, 54));
    expect(parseMailDate('Pn, 29 paX 2007 21:13:00 +0100')).toBeUndefined();
    expect(parseMailDate('   ')).toBeUndefined();
  });

  it('R3.2 reads the date line of a forwarded block where it is unambiguous', () => {
    expect(parseLooseDate('25 October 2021 at 11:17:21 EEST')).toBe(Date.UTC(2021, 9, 25, 8, 17, 21));
    expect(parseLooseDate('17 August 2022 at 09:06:24 UTC+2')).toBe(Date.UTC(2022, 7, 17, 7, 6, 24));
    expect(parseLooseDate('Wed, 27 Oct 2021 09:31:00 +0000')).toBe(Date.UTC(2021, 9, 27, 9, 31));
    expect(parseLooseDate('02/10/2023 4:52 PM EST')).toBeUndefined(); // day/month order unknown
    expect(parseLooseDate('17 août 2022 à 09:06:24')).toBeUndefined();
    expect(parseLooseDate(null)).toBeUndefined();
  });

  it('R9.2 a date far in the future or before 1900 is not believed', () => {
    const now = Date.UTC(2024, 4, 15);
    expect(isPlausibleDate(Date.UTC(2024, 4, 16), now)).toBe(true);
    expect(isPlausibleDate(Date.UTC(3609, 5, 30), now)).toBe(false);
    expect(isPlausibleDate(Date.UTC(1850, 0, 1), now)).toBe(false);
    expect(isPlausibleDate(undefined, now)).toBe(false);
  });
});

describe('mailboxes', () => {
  it('R4.2 addresses are lower-cased and must look like addresses', () => {
    expect(cleanAddress(' John.Doe@ACME.com ')).toBe('john.doe@acme.com');
    expect(cleanAddress('<jdöe@mächine.example>')).toBe('jdöe@mächine.example');
    for (const bad of ['', 'john', '@acme.com', 'john@', 'john doe@acme.com', 'a@b@c', 42, undefined]) {
      expect(cleanAddress(bad)).toBeUndefined();
    }
  });

  it('R4.2 display names are cleaned of quotes, control characters and repeats of the address', () => {
    expect(cleanDisplayName(' "John\tDoe" ')).toBe('John Doe');
    expect(cleanDisplayName("'Bessie, Berry'")).toBe('Bessie, Berry');
    expect(cleanDisplayName('john.doe@acme.com', 'john.doe@acme.com')).toBeUndefined();
    expect(cleanDisplayName('x'.repeat(600))).toHaveLength(500);
    expect(toMailbox('A@B.example', '')).toEqual({ address: 'a@b.example' });
    expect(toMailbox('not-an-address', 'Name')).toBeUndefined();
  });
});
