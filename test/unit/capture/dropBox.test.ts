import { describe, expect, it } from 'vitest';
import { collectItemTokens, isAddressedToDropBox, withoutDropBox } from '../../../shared/rules/capture/dropBox';

const dropBox = { addresses: ['crm@seller.example', 'crm@old-seller.example'], delimiter: '+' };
const own = ['sam@seller.example', 'sam.alt@seller.example'];

describe('collectItemTokens', () => {
  const rows: Array<[name: string, addresses: string[], expected: string[]]> = [
    ['R1.4 finds the token of an item address', ['crm+d-7kq2m9xw@seller.example'], ['d-7kq2m9xw']],
    ['R1.4 is case-insensitive and returns the token lower-case', ['CRM+D-7KQ2M9XW@Seller.Example'], ['d-7kq2m9xw']],
    ['R1.2 recognises item addresses on an old alias of the drop box', ['crm+l-abc234@old-seller.example'], ['l-abc234']],
    ['R1.4 ignores the plain drop-box address', ['crm@seller.example'], []],
    ['R1.4 ignores sub-addresses of other mailboxes', ['sales+d-7kq2m9xw@seller.example', 'crm+d-7kq2m9xw@other.example'], []],
    ['R1.3 ignores sub-address tags that are not item tokens', ['crm+newsletter@seller.example'], []],
    [
      'R1.5 returns every distinct token, first seen first, once each',
      ['crm+d-aaaa@seller.example', 'crm+l-bbbb@seller.example', 'CRM+D-AAAA@seller.example'],
      ['d-aaaa', 'l-bbbb'],
    ],
  ];
  it.each(rows)('%s', (_name, addresses, expected) => {
    expect(collectItemTokens(addresses, dropBox)).toEqual(expected);
  });

  it('R1.4 honours another sub-address delimiter, even one that occurs in the local part', () => {
    const dashed = { addresses: ['crm-box@seller.example'], delimiter: '-' };
    expect(collectItemTokens(['crm-box-d-7kq2m9@seller.example', 'crm-box@seller.example'], dashed)).toEqual(['d-7kq2m9']);
  });

  it('R1.4 with sub-addressing turned off there are no item addresses', () => {
    expect(collectItemTokens(['crm+d-7kq2m9@seller.example'], { addresses: ['crm@seller.example'], delimiter: '' })).toEqual([]);
  });
});

describe('withoutDropBox', () => {
  it('R4.2 removes the drop box, its aliases and every sub-address from the recipients', () => {
    const recipients = [
      { address: 'jane@customer.example', name: 'Jane' },
      { address: 'crm@seller.example' },
      { address: 'crm+d-7kq2m9@seller.example' },
      { address: 'crm+typo@old-seller.example' },
      { address: 'crm@old-seller.example' },
    ];
    expect(withoutDropBox(recipients, dropBox)).toEqual([{ address: 'jane@customer.example', name: 'Jane' }]);
  });
});

describe('isAddressedToDropBox', () => {
  const rows: Array<[name: string, toAndCc: string[], expected: boolean]> = [
    ['R3.2 a forward sent to the company BCC address is addressed to it', ['crm@seller.example'], true],
    ['R3.2 a forward sent to an item address is addressed to the drop box', ['crm+d-7kq2m9@seller.example'], true],
    ['R3.2 a forward to the drop box and a colleague is still addressed to the drop box', ['crm@seller.example', 'kim@seller.example'], true],
    ['R3.2 a forward with the drop box only in Bcc and no one else visible is addressed to it', [], true],
    ['R3.2 a forward with the drop box in Bcc and the owner in To is addressed to it', ['sam@seller.example'], true],
    ['R2.1 mail to a customer with the drop box in Bcc is not', ['jane@customer.example'], false],
  ];
  it.each(rows)('%s', (_name, toAndCc, expected) => {
    expect(isAddressedToDropBox(toAndCc, dropBox, own)).toBe(expected);
  });
});
