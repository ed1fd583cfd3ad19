/**
 * Which messages a dead capture worker is blamed on (main/capture/worker/blame.ts): those in
 * flight become suspects (understood alone next time), one that is in flight alone at a second
 * death is quarantined, and one understood to the end is cleared.
 */
import { describe, expect, it } from 'vitest';
import { createBlame } from '../../../../main/capture/worker/blame';

describe('blame for a dead capture worker', () => {
  it('a death with nothing being understood blames no message', () => {
    const blame = createBlame();
    blame.understanding('a');
    blame.understood('a');
    blame.died();
    expect(blame.suspects()).toEqual([]);
    expect(blame.quarantined()).toEqual([]);
  });

  it('messages in flight at a death become suspects; a suspect alone at a second death is quarantined', () => {
    const blame = createBlame();
    for (const key of ['a', 'b', 'c']) blame.understanding(key);
    blame.died();
    expect(blame.suspects().sort()).toEqual(['a', 'b', 'c']);
    // the next worker runs suspects alone: a is fine, b kills it
    blame.understanding('a');
    blame.understood('a');
    blame.understanding('b');
    blame.died();
    expect(blame.quarantined()).toEqual(['b']);
    expect(blame.suspects()).toEqual(['c']);
  });

  it('a first death alone makes a suspect, not a quarantine (it may be a fault of the engine)', () => {
    const blame = createBlame();
    blame.understanding('a');
    blame.died();
    expect(blame.quarantined()).toEqual([]);
    expect(blame.suspects()).toEqual(['a']);
  });

  it('two messages that die together twice stay suspects until one dies alone', () => {
    const blame = createBlame();
    for (let i = 0; i < 2; i++) {
      blame.understanding('a');
      blame.understanding('b');
      blame.died();
    }
    expect(blame.quarantined()).toEqual([]);
  });
});
