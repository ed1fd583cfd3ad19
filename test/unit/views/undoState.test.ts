/**
 * R3.7 / R4.10 the undo offer (renderer/src/state/undo.ts): a deferred delete is written only when
 * the offer ends without Undo, its row hidden meanwhile; Undo drops it; a new offer ends the last.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { endOffer, offerUndo, takeUndo, useUndoState } from '../../../renderer/src/state/undo';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function deferredDelete(key: string, log: string[]) {
  return {
    message: `deleted ${key}`,
    undo: () => Promise.resolve(),
    commit: () => {
      log.push(`commit ${key}`);
      return Promise.resolve();
    },
    hides: [key],
  };
}

beforeEach(() => useUndoState.setState({ offer: undefined, hidden: new Set() }));

describe('the undo offer', () => {
  it('R3.7 a deferred delete hides its row and is written when the offer ends', async () => {
    const log: string[] = [];
    offerUndo(deferredDelete('deal:1', log));
    expect(useUndoState.getState().hidden.has('deal:1')).toBe(true);
    expect(log).toEqual([]);
    endOffer(useUndoState.getState().offer!.id);
    await settle();
    expect(log).toEqual(['commit deal:1']);
    expect(useUndoState.getState().hidden.size).toBe(0);
    expect(useUndoState.getState().offer).toBeUndefined();
  });

  it('R3.7 Undo drops the delete: nothing is written, the row shows again', async () => {
    const log: string[] = [];
    offerUndo(deferredDelete('deal:1', log));
    await takeUndo(useUndoState.getState().offer!.id);
    endOffer(1); // a late timer of an ended offer changes nothing
    await settle();
    expect(log).toEqual([]);
    expect(useUndoState.getState().hidden.size).toBe(0);
    expect(useUndoState.getState().offer).toBeUndefined();
  });

  it('R3.7 a new offer ends the previous one, whose delete then happens', async () => {
    const log: string[] = [];
    offerUndo(deferredDelete('deal:1', log));
    offerUndo(deferredDelete('lead:2', log));
    await settle();
    expect(log).toEqual(['commit deal:1']);
    expect([...useUndoState.getState().hidden]).toEqual(['lead:2']);
    expect(useUndoState.getState().offer?.message).toBe('deleted lead:2');
  });

  it('R4.10 an undo that fails stays on screen with its reason', async () => {
    offerUndo({ message: 'unlinked', undo: () => Promise.reject(new Error('gone')) });
    await takeUndo(useUndoState.getState().offer!.id);
    expect(useUndoState.getState().offer).toMatchObject({ state: 'failed', failedStep: 'undo' });
  });

  it('R3.7 a delete that fails when written is said, and its row shows again', async () => {
    offerUndo({ message: 'deleted', undo: () => Promise.resolve(), commit: () => Promise.reject(new Error('disk')), hides: ['thread:7'] });
    endOffer(useUndoState.getState().offer!.id);
    await settle();
    expect(useUndoState.getState().offer).toMatchObject({ state: 'failed', failedStep: 'commit' });
    expect(useUndoState.getState().hidden.size).toBe(0);
  });
});
