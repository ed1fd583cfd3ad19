/**
 * R6 alternate sender addresses: add (pending + a confirmation email), confirm by the link's token
 * or by the code, resend, remove, list with the primary first (R6.4).
 *
 * - Secrets: random, stored only as hashes, single use (the challenge is deleted on success), 24 h
 *   (clock injected). Resend replaces the challenge, so the old link and code stop working.
 * - Wrong codes: at most `maxCodeAttempts` per challenge; then only the link or a resend helps.
 *   A code that cannot be one (wrong length or letters) costs no attempt: it is a typo, not a guess.
 * - R3.8: `onConfirmed(address)` fires after the confirmation is on disk, so the store can release
 *   the mail it held as 'owner-pending' for that address.
 * Operations run one at a time (they read, change and write one file).
 */
import { confirmationLink, normalizeCode, parseConfirmationLink } from '../../shared/rules/send/confirmation';
import { orderOwnAddresses, type OwnAddressView } from '../../shared/rules/send/ownAddresses';
import type { OwnAddresses } from '../../shared/rules/capture/owner';
import { cleanAddress, normalizeAddress } from '../../shared/rules/emailAddress';
import type { ServerLogin } from '../../shared/settings/account';
import { failure } from '../../shared/failures/failure';
import { classifySendError } from '../send/sendFailure';
import { systemClock, type Clock } from '../platform/ports';
import { loadAlternates, saveAlternates, type AlternateRecord, type Challenge } from './addressFile';
import { defaultConfirmationMail, type ConfirmationMailInput, type ConfirmationMailText } from './confirmationMail';
import { hashCode, hashToken, newConfirmationSecrets, newSalt, sameHash } from './secrets';
import { sendConfirmationMail } from './sendConfirmation';

type MaybePromise<T> = T | Promise<T>;

const CONFIRMATION_TTL_MS = 24 * 3_600_000;
const DEFAULT_MAX_CODE_ATTEMPTS = 5;

export interface AlternateAddressOptions {
  /** see `alternateAddressesFile(paths)` */
  file: string;
  /** the account's own address (R6.4); undefined before the account is set up */
  primary: () => MaybePromise<string | undefined>;
  smtp: () => MaybePromise<ServerLogin | undefined>;
  clock?: Clock;
  /** R3.8: release what was held for this address */
  onConfirmed?: (address: string) => MaybePromise<void>;
  onChange?: (addresses: OwnAddressView[]) => void;
  onProblem?: (problem: string) => void;
  composeMail?: (input: ConfirmationMailInput) => ConfirmationMailText;
  maxCodeAttempts?: number;
  timeoutMs?: number;
}

export type AddResult = { address: string; sent: true } | { address: string; sent: false; error: string };

/** A refused confirmation throws a Failure ('confirm-…'; a wrong code with params.attemptsLeft). */
export type ConfirmResult = { ok: true; address: string };

export interface AlternateAddresses {
  list(): Promise<OwnAddressView[]>;
  /** for the capture engine (R3.3) */
  ownAddresses(): Promise<OwnAddresses>;
  add(address: string): Promise<AddResult>;
  resend(address: string): Promise<AddResult>;
  remove(address: string): Promise<void>;
  /** a `blindcopy://confirm-address?token=...` link, or just its token */
  confirmToken(token: string): Promise<ConfirmResult>;
  confirmCode(address: string, code: string): Promise<ConfirmResult>;
}

export function createAlternateAddresses(options: AlternateAddressOptions): AlternateAddresses {
  const clock = options.clock ?? systemClock;
  const maxCodeAttempts = options.maxCodeAttempts ?? DEFAULT_MAX_CODE_ATTEMPTS;
  const compose = options.composeMail ?? defaultConfirmationMail;
  let records: AlternateRecord[] | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `fn` after every operation before it, with the records loaded. */
  function serial<T>(fn: (list: AlternateRecord[]) => Promise<T>): Promise<T> {
    const next = queue.then(async () => {
      if (records === undefined) {
        const loaded = await loadAlternates(options.file, clock.now());
        if (loaded.kind === 'set-aside') options.onProblem?.(`the address file could not be read (${loaded.reason}); it was kept as ${loaded.path}`);
        records = loaded.kind === 'ok' ? loaded.value : [];
      }
      return fn(records);
    });
    // handled: the caller gets next's rejection; the queue only orders the next operation
    queue = next.catch(() => undefined);
    return next;
  }

  async function views(list: readonly AlternateRecord[]): Promise<OwnAddressView[]> {
    const primary = (await options.primary()) ?? '';
    const alternates = list.map((r): OwnAddressView => {
      const view: OwnAddressView = { address: r.address, status: r.status, addedAt: r.addedAt };
      if (r.verifiedAt !== undefined) view.verifiedAt = r.verifiedAt;
      const c = r.challenge;
      if (r.status === 'pending' && c !== undefined) {
        view.expiresAt = c.expiresAt;
        view.codeAttemptsLeft = Math.max(0, maxCodeAttempts - c.wrongCodes);
        if (c.sentAt !== undefined) view.lastSentAt = c.sentAt;
        if (c.sendError !== undefined) view.sendError = c.sendError;
      }
      return view;
    });
    return primary === '' ? alternates : orderOwnAddresses(primary, alternates);
  }

  async function save(list: AlternateRecord[]): Promise<void> {
    await saveAlternates(options.file, list);
    if (options.onChange) {
      const current = await views(list);
      try {
        options.onChange(current);
      } catch (err) {
        // a listener's failure is not ours: reported, and the change stands
        options.onProblem?.(`a change listener failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }

  /** A fresh challenge on the record, saved, then the email; the plain secrets live only here. */
  async function challengeAndSend(list: AlternateRecord[], record: AlternateRecord): Promise<AddResult> {
    const from = await options.primary();
    if (from === undefined) throw failure('no-account', 'the account is not set up');
    const now = clock.now();
    const secrets = newConfirmationSecrets();
    const salt = newSalt();
    const challenge: Challenge = {
      tokenHash: hashToken(secrets.token),
      codeSalt: salt,
      codeHash: hashCode(salt, secrets.code),
      expiresAt: now + CONFIRMATION_TTL_MS,
      wrongCodes: 0,
    };
    record.challenge = challenge;
    await save(list);

    const login = await options.smtp();
    let error: string | undefined;
    if (login === undefined) error = 'SMTP login not available';
    else {
      try {
        const mail = compose({ address: record.address, link: confirmationLink(secrets.token), code: secrets.code, expiresAt: challenge.expiresAt });
        await sendConfirmationMail(login, from, record.address, mail, now, options.timeoutMs);
      } catch (err) {
        const failure = classifySendError(err).error;
        error = failure.text ?? failure.code;
      }
    }
    if (error === undefined) challenge.sentAt = clock.now();
    else challenge.sendError = error;
    await save(list);
    return error === undefined ? { address: record.address, sent: true } : { address: record.address, sent: false, error };
  }

  async function confirm(list: AlternateRecord[], record: AlternateRecord): Promise<ConfirmResult> {
    record.status = 'verified';
    record.verifiedAt = clock.now();
    // single use: the hashes go with the challenge
    delete record.challenge;
    await save(list);
    try {
      await options.onConfirmed?.(record.address);
    } catch (err) {
      options.onProblem?.(`releasing held mail failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    return { ok: true, address: record.address };
  }

  const findRecord = (list: readonly AlternateRecord[], address: string) => list.find((r) => r.address === normalizeAddress(address));

  return {
    list: () => serial((list) => views(list)),

    ownAddresses: () =>
      serial(async (list) => ({
        primary: normalizeAddress((await options.primary()) ?? ''),
        verified: list.filter((r) => r.status === 'verified').map((r) => r.address),
        pending: list.filter((r) => r.status === 'pending').map((r) => r.address),
      })),

    add: (input) =>
      serial(async (list) => {
        const address = cleanAddress(input);
        if (address === undefined) throw failure('address-invalid', 'not an email address');
        const primary = await options.primary();
        if (primary === undefined) throw failure('no-account', 'the account is not set up');
        if (normalizeAddress(primary) === address) throw failure('address-is-primary', 'this is the account address');
        if (findRecord(list, address)) throw failure('address-exists', 'already listed');
        const record: AlternateRecord = { address, status: 'pending', addedAt: clock.now() };
        list.push(record);
        return challengeAndSend(list, record);
      }),

    resend: (address) =>
      serial(async (list) => {
        const record = findRecord(list, address);
        if (record === undefined) throw failure('address-not-listed', 'not listed');
        if (record.status !== 'pending') throw failure('address-not-pending', 'already confirmed');
        return challengeAndSend(list, record);
      }),

    remove: (address) =>
      serial(async (list) => {
        const index = list.findIndex((r) => r.address === normalizeAddress(address));
        if (index < 0) throw failure('address-not-listed', 'not listed');
        list.splice(index, 1);
        await save(list);
      }),

    confirmToken: (token) =>
      serial(async (list): Promise<ConfirmResult> => {
        // the shell may hand over the whole opened link, or just its token
        const plain = token.trim().toLowerCase().startsWith('blindcopy:') ? (parseConfirmationLink(token) ?? '') : token.trim().toLowerCase();
        const hash = hashToken(plain);
        const record = list.find((r) => r.status === 'pending' && r.challenge !== undefined && sameHash(r.challenge.tokenHash, hash));
        if (record?.challenge === undefined) throw failure('confirm-invalid', 'no such confirmation');
        if (clock.now() > record.challenge.expiresAt) throw failure('confirm-expired', 'the confirmation expired');
        return confirm(list, record);
      }),

    confirmCode: (address, typed) =>
      serial(async (list): Promise<ConfirmResult> => {
        const record = findRecord(list, address);
        const challenge = record?.status === 'pending' ? record.challenge : undefined;
        if (record === undefined || challenge === undefined) throw failure('confirm-invalid', 'no such confirmation');
        if (clock.now() > challenge.expiresAt) throw failure('confirm-expired', 'the confirmation expired');
        if (challenge.wrongCodes >= maxCodeAttempts) throw failure('confirm-locked', 'too many wrong codes');
        const code = normalizeCode(typed);
        if (code === undefined) throw failure('confirm-malformed', 'not a code');
        if (sameHash(challenge.codeHash, hashCode(challenge.codeSalt, code))) return confirm(list, record);
        challenge.wrongCodes += 1;
        await save(list);
        const attemptsLeft = maxCodeAttempts - challenge.wrongCodes;
        if (attemptsLeft > 0) throw failure('confirm-wrong-code', 'wrong code', { attemptsLeft });
        throw failure('confirm-locked', 'too many wrong codes');
      }),
  };
}
