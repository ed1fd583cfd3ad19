/** R10.5 compose as UI state: one draft at a time, and what the user wrote is never dropped without asking. */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  closeCompose,
  discardDraft,
  emptyDraft,
  openCompose,
  setComposeMinimised,
  setPreparedDraft,
  settleReplacing,
  updateDraft,
  useComposeState,
} from '../../../renderer/src/state/compose';

const reply = { replyTo: { threadId: 't1', messageRowId: 'm1', mode: 'reply' as const } };
const forward = { replyTo: { threadId: 't1', messageRowId: 'm1', mode: 'forward' as const } };

function prepared(): void {
  setPreparedDraft(useComposeState.getState().generation, { ...emptyDraft(), mode: 'reply', subject: 'Re: Offer' });
}

beforeEach(() => discardDraft());

describe('R10.5 compose state', () => {
  it('a new request replaces a draft the user has not touched', () => {
    openCompose(reply);
    prepared();
    openCompose(forward);
    const s = useComposeState.getState();
    expect(s.draft).toBeUndefined();
    expect(s.request).toEqual(forward);
    expect(s.replacing).toBeUndefined();
  });

  it('a new request waits while the draft has the user\'s words: keep writing, or replace', () => {
    openCompose(reply);
    prepared();
    updateDraft({ text: 'Dear Jane' });
    const generation = useComposeState.getState().generation;

    openCompose(forward);
    expect(useComposeState.getState()).toMatchObject({ open: true, replacing: forward, draft: { text: 'Dear Jane' } });
    settleReplacing(false);
    expect(useComposeState.getState()).toMatchObject({ replacing: undefined, draft: { text: 'Dear Jane' }, generation });

    openCompose(forward);
    settleReplacing(true);
    const s = useComposeState.getState();
    expect(s).toMatchObject({ replacing: undefined, draft: undefined, request: forward, edited: false, generation: generation + 1 });
  });

  it('closing keeps the draft and forgets a waiting question; reopening without options brings the draft back unfolded', () => {
    openCompose(reply);
    prepared();
    updateDraft({ text: 'Dear Jane' });
    openCompose(forward);
    setComposeMinimised(true);
    closeCompose();
    expect(useComposeState.getState()).toMatchObject({ open: false, minimised: false, replacing: undefined, draft: { text: 'Dear Jane' } });
    openCompose();
    expect(useComposeState.getState()).toMatchObject({ open: true, minimised: false, draft: { text: 'Dear Jane' } });
  });

  it('minimising applies only to an open panel', () => {
    setComposeMinimised(true);
    expect(useComposeState.getState().minimised).toBe(false);
    openCompose();
    setComposeMinimised(true);
    expect(useComposeState.getState().minimised).toBe(true);
  });
});
