import { describe, expect, it } from 'vitest';
import { confirmationLink, formatCode, normalizeCode, parseConfirmationLink } from '../../../shared/rules/send/confirmation';
import { orderOwnAddresses } from '../../../shared/rules/send/ownAddresses';

const TOKEN = '0123456789abcdefghjkmnpqrstvwxyz';

describe('R6.2 the confirmation link', () => {
  it('R6.2 a link carries the token and reads back', () => {
    const link = confirmationLink(TOKEN);
    expect(link).toBe(`blindcopy://confirm-address?token=${TOKEN}`);
    expect(parseConfirmationLink(link)).toBe(TOKEN);
  });

  it.each<[string, string | undefined]>([
    [`BLINDCOPY://Confirm-Address/?token=${TOKEN.toUpperCase()}`, TOKEN],
    [`blindcopy://confirm-address?x=1&token=${TOKEN}#frag`, TOKEN],
    [`blindcopy://confirm-address?token=short`, undefined],
    [`blindcopy://other?token=${TOKEN}`, undefined],
    [`https://confirm-address?token=${TOKEN}`, undefined],
    [`blindcopy://confirm-address?token=${TOKEN}i`, undefined],
  ])('R6.2 %s → %s', (link, token) => {
    expect(parseConfirmationLink(link)).toBe(token);
  });

  it('R6.3 a token under 128 bits cannot make a link', () => {
    expect(() => confirmationLink('abc')).toThrow(RangeError);
  });
});

describe('R6.2 the typed code', () => {
  it.each<[string, string | undefined]>([
    ['ABCD-EFGH', 'ABCDEFGH'],
    [' abcd efgh ', 'ABCDEFGH'],
    ['O0IL-1234', '00111234'],
    ['ABCDEFG', undefined],
    ['ABCDEFGHJ', undefined],
    ['ABCD-EFGU', undefined],
  ])('R6.2 %j reads as %j', (typed, code) => {
    expect(normalizeCode(typed)).toBe(code);
  });

  it('R6.2 codes are shown in two groups', () => {
    expect(formatCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });
});

describe('R6.4 the address list', () => {
  it('R6.4 the primary comes first, then confirmed, then pending addresses', () => {
    const list = orderOwnAddresses('Alice@Acme.com', [
      { address: 'new@x.test', status: 'pending', addedAt: 5 },
      { address: 'old@x.test', status: 'verified', addedAt: 1, verifiedAt: 9 },
      { address: 'alice@acme.com', status: 'verified', addedAt: 1, verifiedAt: 2 },
      { address: 'older@x.test', status: 'verified', addedAt: 3, verifiedAt: 4 },
      { address: 'first@x.test', status: 'pending', addedAt: 2 },
    ]);
    expect(list.map((a) => [a.address, a.status])).toEqual([
      ['alice@acme.com', 'primary'],
      ['older@x.test', 'verified'],
      ['old@x.test', 'verified'],
      ['first@x.test', 'pending'],
      ['new@x.test', 'pending'],
    ]);
  });

  it('R6.4 with no alternates the primary is listed alone', () => {
    expect(orderOwnAddresses('alice@acme.com', [])).toEqual([{ address: 'alice@acme.com', status: 'primary' }]);
  });
});
