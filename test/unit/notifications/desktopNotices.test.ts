/**
 * Desktop notifications (issue 22): the port is called with the renderer's words for each event
 * (a recording port), a click opens the place to act, and a kind that is off is not shown.
 */
import { describe, expect, it } from 'vitest';
import { createDesktopNotices, type DesktopNoticesOptions } from '../../../main/notifications/desktopNotices';
import { silentLogger, type DesktopNotification, type NotificationPort } from '../../../main/platform/ports';
import type { RejectedMessage, RejectReason } from '../../../shared/domain/mail';
import { DEFAULT_NOTIFICATION_SETTINGS, type MainWords, type NotificationPlace, type NotificationSettings } from '../../../shared/ipc/calls/notifications';
import type { OutboxEntryView, SendErrorCode } from '../../../shared/rules/send/outboxEntry';

/** German, to show that the words are the ones handed over, not main's own */
const WORDS: MainWords = {
  notifications: {
    titles: { rejected: 'E-Mail abgelehnt', sendFailed: 'Nachricht nicht gesendet', sourceStopped: 'Abgleich angehalten' },
    severalReasons: 'Mehrere Nachrichten, aus verschiedenen Gründen.',
    fallback: 'Öffnen Sie Blindcopy, um den Grund zu sehen.',
    rejectReasons: {
      'unknown-owner': 'Von einer Adresse, die nicht Ihre ist.',
      'owner-pending': 'Die Adresse wartet auf Bestätigung.',
      'auth-failed': 'Der Absender ist nicht belegt (DKIM und SPF).',
      'too-large': 'Größer als 20 MB.',
      unparseable: 'Nicht lesbar.',
    },
    failures: { 'auth-failed': 'Benutzername oder Passwort falsch.', rejected: 'Der Server hat die Nachricht abgelehnt.', 'tls-untrusted': 'Zertifikat nicht vertrauenswürdig.' },
    storeFailed: 'Die Nachrichten konnten nicht gespeichert werden.',
  },
  helpMenu: { copyDiagnostics: 'Diagnose kopieren', showLogFolder: 'Protokollordner zeigen' },
};

interface Shown {
  notification: DesktopNotification;
  click(): void;
}

function setup(settings: NotificationSettings = DEFAULT_NOTIFICATION_SETTINGS, words: MainWords | 'none' = WORDS, port: 'present' | 'absent' = 'present') {
  const shown: Shown[] = [];
  const opened: NotificationPlace[] = [];
  const recording: NotificationPort = { show: (notification, onClick) => void shown.push({ notification, click: onClick }) };
  const options: DesktopNoticesOptions = {
    port: port === 'present' ? recording : undefined,
    file: { settings: async () => settings, words: async () => (words === 'none' ? undefined : words) },
    open: (place) => void opened.push(place),
    logger: silentLogger,
    coalesceMs: 60_000,
  };
  return { notices: createDesktopNotices(options), shown, opened };
}

function rejected(uid: number, reason: RejectReason): RejectedMessage {
  return { source: { sourceId: 'dropbox', uidValidity: 1, uid }, reason, size: 100, subject: 'Quarterly offer', from: { address: 'jane@customer.example' } };
}

function entry(id: string, state: OutboxEntryView['state'], code?: SendErrorCode): OutboxEntryView {
  return {
    id,
    messageId: `${id}@acme.example`,
    state,
    createdAt: 0,
    updatedAt: 0,
    attempts: 3,
    ...(code ? { lastError: { kind: 'permanent' as const, code } } : {}),
    verifying: false,
    size: 100,
    rejectedRecipients: [],
    summary: { from: { address: 'sam@acme.example' }, to: [], cc: [], bcc: [], subject: 'Offer', attachments: [] },
  };
}

describe('desktop notifications', () => {
  it('R10.4 rejected mail: the title and the reason in the words handed over; a click opens the Rejected list', async () => {
    const { notices, shown, opened } = setup();
    notices.rejected([rejected(1, 'unknown-owner')]);
    await notices.flush();
    expect(shown.map((s) => s.notification)).toEqual([{ title: 'E-Mail abgelehnt', body: 'Von einer Adresse, die nicht Ihre ist.' }]);
    shown[0]?.click();
    expect(opened).toEqual(['rejected']);
  });

  it.each<[RejectReason, string]>([
    ['owner-pending', 'Die Adresse wartet auf Bestätigung.'],
    ['auth-failed', 'Der Absender ist nicht belegt (DKIM und SPF).'],
    ['too-large', 'Größer als 20 MB.'],
    ['unparseable', 'Nicht lesbar.'],
  ])('rejected as %s: its own words', async (reason, body) => {
    const { notices, shown } = setup();
    notices.rejected([rejected(1, reason)]);
    await notices.flush();
    expect(shown.map((s) => s.notification.body)).toEqual([body]);
  });

  it('rejected mail arriving together is one notification; different reasons say so; a message delivered again is not news', async () => {
    const { notices, shown } = setup();
    notices.rejected([rejected(1, 'unknown-owner'), rejected(2, 'unknown-owner')]);
    notices.rejected([rejected(3, 'too-large')]);
    await notices.flush();
    expect(shown.map((s) => s.notification)).toEqual([{ title: 'E-Mail abgelehnt', body: 'Mehrere Nachrichten, aus verschiedenen Gründen.' }]);
    notices.rejected([rejected(1, 'unknown-owner'), rejected(3, 'too-large')]);
    await notices.flush();
    expect(shown).toHaveLength(1);
  });

  it('R10.4 a message the outbox gave up on: the failure in words; a click opens the outbox; once per failure', async () => {
    const { notices, shown, opened } = setup();
    notices.outboxChanged({ kind: 'changed', entry: entry('e1', 'sending') });
    notices.outboxChanged({ kind: 'changed', entry: entry('e1', 'failed-permanent', 'rejected') });
    notices.outboxChanged({ kind: 'changed', entry: entry('e1', 'failed-permanent', 'rejected') });
    await notices.flush();
    expect(shown.map((s) => s.notification)).toEqual([{ title: 'Nachricht nicht gesendet', body: 'Der Server hat die Nachricht abgelehnt.' }]);
    shown[0]?.click();
    expect(opened).toEqual(['outbox']);
    // retried by the user and failed again: news again
    notices.outboxChanged({ kind: 'changed', entry: entry('e1', 'queued') });
    notices.outboxChanged({ kind: 'changed', entry: entry('e1', 'failed-permanent', 'timeout') });
    await notices.flush();
    expect(shown[1]?.notification).toEqual({ title: 'Nachricht nicht gesendet', body: 'Öffnen Sie Blindcopy, um den Grund zu sehen.' });
  });

  it('R10.4 a source that stops in error: the reason in words; a click opens the sources; once until it works again', async () => {
    const { notices, shown, opened } = setup();
    notices.sourceProgress({ sourceId: 'dropbox', state: 'offline', done: 0, total: 0, reason: 'unreachable' });
    notices.sourceProgress({ sourceId: 'dropbox', state: 'error', done: 0, total: 0, reason: 'auth-failed' });
    notices.sourceProgress({ sourceId: 'dropbox', state: 'connecting', done: 0, total: 0 });
    notices.sourceProgress({ sourceId: 'dropbox', state: 'error', done: 0, total: 0, reason: 'auth-failed' });
    await notices.flush();
    expect(shown.map((s) => s.notification)).toEqual([{ title: 'Abgleich angehalten', body: 'Benutzername oder Passwort falsch.' }]);
    shown[0]?.click();
    expect(opened).toEqual(['sources']);
    notices.sourceProgress({ sourceId: 'dropbox', state: 'idle', done: 1, total: 1 });
    notices.sourceProgress({ sourceId: 'dropbox', state: 'error', done: 0, total: 0, reason: 'store-failed' });
    await notices.flush();
    expect(shown[1]?.notification.body).toBe('Die Nachrichten konnten nicht gespeichert werden.');
  });

  it.each<[keyof NotificationSettings, (n: ReturnType<typeof setup>['notices']) => void]>([
    ['rejected', (n) => n.rejected([rejected(1, 'unknown-owner')])],
    ['sendFailed', (n) => n.outboxChanged({ kind: 'changed', entry: entry('e1', 'failed-permanent', 'rejected') })],
    ['sourceStopped', (n) => n.sourceProgress({ sourceId: 'dropbox', state: 'error', done: 0, total: 0, reason: 'auth-failed' })],
  ])('%s turned off: the port is not called (the other kinds still are)', async (kind, trigger) => {
    const off = setup({ ...DEFAULT_NOTIFICATION_SETTINGS, [kind]: false });
    trigger(off.notices);
    await off.notices.flush();
    expect(off.shown).toEqual([]);
    const on = setup({ rejected: false, sendFailed: false, sourceStopped: false, [kind]: true });
    trigger(on.notices);
    await on.notices.flush();
    expect(on.shown).toHaveLength(1);
  });

  it('without words (no window has handed them over) or without a desktop, nothing is shown', async () => {
    const unworded = setup(DEFAULT_NOTIFICATION_SETTINGS, 'none');
    unworded.notices.rejected([rejected(1, 'unknown-owner')]);
    await unworded.notices.flush();
    expect(unworded.shown).toEqual([]);
    const headless = setup(DEFAULT_NOTIFICATION_SETTINGS, WORDS, 'absent');
    headless.notices.rejected([rejected(1, 'unknown-owner')]);
    await headless.notices.flush();
    expect(headless.shown).toEqual([]);
  });

  it('a notification never names the message: no subject, no address', async () => {
    const { notices, shown } = setup();
    notices.rejected([rejected(1, 'unknown-owner')]);
    await notices.flush();
    expect(JSON.stringify(shown.map((s) => s.notification))).not.toMatch(/Quarterly offer|@/);
  });
});
