/** The words main shows (issue 22), built from each language's strings, fit main's contract. */
import { describe, expect, it } from 'vitest';
import { MainWordsSchema } from '../../../shared/ipc/calls/notifications';
import { catalog } from '../../../renderer/src/i18n/catalog';
import { LANGUAGE_CODES } from '../../../renderer/src/i18n/languages';
import { mainWords } from '../../../renderer/src/i18n/mainWords';

describe('main words', () => {
  it.each(LANGUAGE_CODES)('%s: every notification reason and menu entry is worded, within the contract', (language) => {
    const messages = catalog[language];
    const words = MainWordsSchema.parse(mainWords(messages));
    expect(words.notifications.rejectReasons['unknown-owner']).toBe(messages.rejected.reasons.unknownOwner);
    expect(words.notifications.failures['auth-failed']).toBe(messages.errors['auth-failed']);
    expect(words.helpMenu.copyDiagnostics).toBe(messages.notifications.helpMenu.copyDiagnostics);
  });
});
