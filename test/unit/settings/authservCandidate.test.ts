/** R3.4: the learned authserv-id is kept as a proposal: the first one seen, only while none is confirmed. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuthservCandidate } from '../../../main/settings/authservCandidate';

function setup(confirmed: string | undefined = undefined) {
  const userData = mkdtempSync(join(tmpdir(), 'blindcopy-authserv-'));
  const problems: string[] = [];
  const make = (id = confirmed) => createAuthservCandidate({ paths: { userData }, now: () => 1, confirmed: () => Promise.resolve(id), onProblem: (p) => problems.push(p) });
  return { userData, problems, make };
}

describe('authserv-id candidate', () => {
  it('R3.4 keeps the first id seen (lower-case) and ignores later ones, across a restart', async () => {
    const { make } = setup();
    const candidate = make();
    expect(await candidate.get()).toBeUndefined();
    const [first, second] = await Promise.all([candidate.report('MX.Seller.Example'), candidate.report('other.example')]);
    expect([first, second]).toEqual([true, false]);
    expect(await candidate.get()).toBe('mx.seller.example');
    expect(await make().get()).toBe('mx.seller.example');
  });

  it('R3.4 proposes nothing once an id is confirmed', async () => {
    const { make } = setup('mx.seller.example');
    const candidate = make();
    expect(await candidate.report('forged.example')).toBe(false);
    expect(await candidate.get()).toBeUndefined();
  });

  it('R3.4 a damaged file is set aside and reported, and learning starts again', async () => {
    const { make, problems, userData } = setup();
    writeFileSync(join(userData, 'authserv-candidate.json'), '{"version":1,"authservId":""}');
    const candidate = make();
    expect(await candidate.get()).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(await candidate.report('mx.seller.example')).toBe(true);
  });
});
