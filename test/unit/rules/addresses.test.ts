import { describe, expect, it } from 'vitest';
import { encodeBase32 } from '../../../shared/rules/base32';
import { acceptedDropboxAddresses, changeCompanyBcc, companyBccAddress } from '../../../shared/rules/companyAddress';
import { isDropboxAddress, itemAddress, itemTokenKind, newItemToken, parseItemAddress } from '../../../shared/rules/itemAddress';

const bytes = (...values: number[]) => new Uint8Array(values);
const TEN_ZEROES = new Uint8Array(10);
const TEN_FF = new Uint8Array(10).fill(0xff);

describe('R1.2 company BCC address', () => {
  it('R1.2 is derived from the company domain', () => {
    expect(companyBccAddress('Acme.com')).toBe('crm@acme.com');
    expect(companyBccAddress('@acme.com.', 'Sales-CRM')).toBe('sales-crm@acme.com');
  });

  it.each([['acme'], ['acme..com'], ['-acme.com'], ['acme.com/x'], ['']])('R1.2 refuses %j as a domain', (domain) => {
    expect(() => companyBccAddress(domain)).toThrow(RangeError);
  });

  it('R1.2 changing the domain changes the address and keeps the old one as an alias', () => {
    const first = changeCompanyBcc(undefined, 'acme.com');
    expect(first).toEqual({ address: 'crm@acme.com', aliases: [] });
    const second = changeCompanyBcc(first, 'acme.io');
    expect(second).toEqual({ address: 'crm@acme.io', aliases: ['crm@acme.com'] });
    const third = changeCompanyBcc(second, 'acme.de');
    expect(third).toEqual({ address: 'crm@acme.de', aliases: ['crm@acme.com', 'crm@acme.io'] });
    expect(acceptedDropboxAddresses(third)).toEqual(['crm@acme.de', 'crm@acme.com', 'crm@acme.io']);
  });

  it('R1.2 changing back to an old domain makes it current again, not an alias of itself', () => {
    const back = changeCompanyBcc({ address: 'crm@acme.io', aliases: ['crm@acme.com'] }, 'ACME.com');
    expect(back).toEqual({ address: 'crm@acme.com', aliases: ['crm@acme.io'] });
  });

  it('R1.2 setting the same domain again changes nothing', () => {
    expect(changeCompanyBcc({ address: 'crm@acme.com', aliases: [] }, 'acme.com')).toEqual({ address: 'crm@acme.com', aliases: [] });
  });
});

describe('R1.3 item address tokens', () => {
  it('R1.3 base32 (Crockford, lower case) encodes every bit', () => {
    expect(encodeBase32(TEN_ZEROES)).toBe('0000000000000000');
    expect(encodeBase32(TEN_FF)).toBe('zzzzzzzzzzzzzzzz');
    expect(encodeBase32(bytes(0x00, 0x44, 0x32, 0x14, 0xc7))).toBe('01234567');
    expect(encodeBase32(bytes(0x42, 0x11, 0x84))).toBe('888r8'); // 24 bits → 5 characters, last one padded
  });

  it('R1.3 a deal token is "d-" and 16 characters for 80 random bits', () => {
    expect(newItemToken('deal', TEN_FF)).toBe('d-zzzzzzzzzzzzzzzz');
    expect(newItemToken('lead', TEN_ZEROES)).toBe('l-0000000000000000');
  });

  it('R1.3 fewer than 80 random bits are refused', () => {
    expect(() => newItemToken('deal', new Uint8Array(9))).toThrow(RangeError);
  });

  it('R1.3 the token says which kind of item it names', () => {
    expect(itemTokenKind('d-7kq2m9')).toBe('deal');
    expect(itemTokenKind('L-7KQ2M9')).toBe('lead');
    expect(itemTokenKind('x-7kq2m9')).toBeUndefined();
    expect(itemTokenKind('newsletter')).toBeUndefined();
  });

  it('R1.3 the item address is the drop box with the token as sub-address', () => {
    expect(itemAddress('crm@acme.com', 'd-7kq2m9')).toBe('crm+d-7kq2m9@acme.com');
    expect(itemAddress('CRM@Acme.com', 'D-7KQ2M9', '-')).toBe('crm-d-7kq2m9@acme.com');
  });

  it.each([
    ['the current address', 'crm+d-7kq2m9@acme.com', 'd-7kq2m9'],
    ['upper case', 'CRM+D-7KQ2M9@ACME.COM', 'd-7kq2m9'],
    ['an alias after a domain change', 'crm+l-abc123@old-acme.com', 'l-abc123'],
    ['angle brackets', '<crm+d-7kq2m9@acme.com>', 'd-7kq2m9'],
    ['the plain drop box', 'crm@acme.com', undefined],
    ['another domain', 'crm+d-7kq2m9@evil.com', undefined],
    ['another mailbox', 'sales+d-7kq2m9@acme.com', undefined],
    ['a tag that is no token', 'crm+newsletter@acme.com', undefined],
    ['an empty tag', 'crm+@acme.com', undefined],
    ['not an address', 'crm+d-7kq2m9', undefined],
  ])('R1.3 parseItemAddress: %s', (_case, address, token) => {
    expect(parseItemAddress(address, ['crm@acme.com', 'crm@old-acme.com'])).toBe(token);
  });

  it('R1.3 a delimiter that also appears in the token and in the mailbox name', () => {
    expect(parseItemAddress('crm-box-d-7kq2m9@acme.com', ['crm-box@acme.com'], '-')).toBe('d-7kq2m9');
  });

  it('R1.2 R4.2 drop-box addresses, aliases and any of their sub-addresses are ours', () => {
    const boxes = ['crm@acme.com', 'crm@old-acme.com'];
    expect(isDropboxAddress('CRM@old-acme.com', boxes)).toBe(true);
    expect(isDropboxAddress('crm+d-7kq2m9@acme.com', boxes)).toBe(true);
    expect(isDropboxAddress('crm+typo@acme.com', boxes)).toBe(true);
    expect(isDropboxAddress('crm@customer.com', boxes)).toBe(false);
    expect(isDropboxAddress('crmx@acme.com', boxes)).toBe(false);
  });
});
