import { describe, expect, it } from 'vitest';
import { recipientHighlight } from '../../../renderer/src/views/compose/recipientHighlight';

const found = [{ value: { address: 'jane.roe@customer.example', name: 'Jane Roe' } }, { value: { address: 'jan@harbor.example' } }];

describe('R10.5 the suggestion Enter or Tab takes', () => {
  it.each([
    ['part of a name or address: the first', 'jan', found, 0],
    ['a whole address that is a suggestion: that one', 'JAN@harbor.example', found, 1],
    ['a whole address none of them is: none (Enter takes what was typed)', 'jan@harbor.example.org', found, -1],
    ['a name and address typed whole: the matching one', 'Jane <jane.roe@customer.example>', found, 0],
    ['no suggestions: none', 'jan', [], -1],
  ] as const)('%s', (_, query, list, expected) => {
    expect(recipientHighlight(query, list)).toBe(expected);
  });
});
