/**
 * Shared set-up for the sync engine's integration tests: the real mail stack, an owner (sam) and
 * a drop box (crm), messages that capture accepts, and small event-driven waits.
 */
import type { SourceProgress } from '../../../shared/domain/capture';
import type { ServerLogin } from '../../../shared/settings/account';
import { createCaptureEngine, type CaptureEngine, type CaptureEngineOptions, type CaptureSource, type UnderstandBase } from '../../../main/capture/sync';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startMailStack, type MailStack, type StackUser } from '../../support/mail-stack';
import { RecordingStore } from './recordingStore';
import { withStackImap as withImap } from '../../support/mail-stack/withStackImap';

export { seededRandom } from '../../support/seeded';

export interface CaptureStack {
  stack: MailStack;
  owner: StackUser;
  dropbox: StackUser;
}

/** The drop box's login as the app would hold it: implicit TLS, our test CA pinned. */
export function serverLogin(stack: MailStack, user: StackUser, password = user.password): ServerLogin {
  return {
    host: stack.host,
    port: stack.ports.imaps,
    tls: 'implicit',
    user: user.user,
    password,
    pinnedCertificate: { pem: stack.caCert, sha256: stack.certFingerprint256 },
  };
}

/** No DNS, as on an offline machine: unsigned test mail needs none. */
const noDns: UnderstandBase['resolver'] = (name) => Promise.reject(Object.assign(new Error(`no record for ${name}`), { code: 'ENOTFOUND' }));

export function understandBase(c: CaptureStack): UnderstandBase {
  return {
    own: { primary: c.owner.address, verified: [], pending: [] },
    dropBox: { addresses: [c.dropbox.address], delimiter: '+' },
    resolver: noDns,
  };
}

/** A plain text mail the owner sent to a customer with the drop box in BCC. */
export function ownerMail(c: CaptureStack, id: string, options: { subject?: string; bodyBytes?: number } = {}): string {
  const body = `Hello customer,\r\n\r\n${'Offer details follow. '.repeat(Math.ceil((options.bodyBytes ?? 600) / 22))}\r\n\r\nSam\r\n`;
  return [
    `From: Sam Seller <${c.owner.address}>`,
    `To: Customer ${id} <customer-${id}@external.test>`,
    `Subject: ${options.subject ?? `Offer ${id}`}`,
    `Message-ID: <${id}@blindcopy.test>`,
    'Date: Mon, 06 May 2024 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ].join('\r\n');
}

/** LMTP deliveries, a few at a time (each is its own LMTP session). */
export async function deliverAll(c: CaptureStack, raws: readonly string[], concurrency = 8): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < raws.length) {
      const raw = raws[next];
      next += 1;
      if (raw !== undefined) await c.stack.deliver(c.dropbox.address, raw, { from: c.owner.address });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Runs `fn` on a fresh IMAP connection as `user`, and always closes it. */
export { withImap };

/** The Message-IDs (without brackets) the mailbox holds, one per message. */
export async function mailboxMessageIds(stack: MailStack, user: StackUser, mailbox = 'INBOX'): Promise<string[]> {
  return withImap(stack, user, async (client) => {
    const opened = await client.mailboxOpen(mailbox, { readOnly: true });
    if (opened.exists === 0) return [];
    const all = await client.fetchAll('1:*', { uid: true, envelope: true }, { uid: true });
    return all.map((m) => (m.envelope?.messageId ?? '').replace(/^<|>$/g, ''));
  });
}

/** STATUS SIZE (RFC 8438, Dovecot has it): the mailbox's bytes as the server counts them. */
export async function mailboxBytes(stack: MailStack, user: StackUser, mailbox = 'INBOX'): Promise<number> {
  return withImap(stack, user, async (client) => {
    const status = await client.status(mailbox, { size: true });
    return status === false ? 0 : (status.size ?? 0);
  });
}

/** Progress as reported, with a wait for a state that is event driven, not a polling sleep. */
export class ProgressLog {
  readonly events: SourceProgress[] = [];
  private readonly listeners = new Set<(p: SourceProgress) => void>();

  readonly record = (progress: SourceProgress): void => {
    this.events.push(progress);
    for (const listener of [...this.listeners]) listener(progress);
  };

  /** Calls `listener` on every progress event from now on; returns the unsubscribe. */
  subscribe(listener: (p: SourceProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  last(sourceId: string): SourceProgress | undefined {
    return this.events.filter((e) => e.sourceId === sourceId).at(-1);
  }

  /** Resolves with the first event from now on (or the latest one) that matches. */
  waitFor(match: (p: SourceProgress) => boolean, timeoutMs: number, what: string, includeLatest = true): Promise<SourceProgress> {
    const latest = this.events.at(-1);
    if (includeLatest && latest !== undefined && match(latest)) return Promise.resolve(latest);
    return new Promise((resolve, reject) => {
      const listener = (p: SourceProgress): void => {
        if (!match(p)) return;
        cleanup();
        resolve(p);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last progress ${JSON.stringify(latest)}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      this.listeners.add(listener);
    });
  }
}

export interface TestEngine {
  engine: CaptureEngine;
  store: RecordingStore;
  progress: ProgressLog;
  source: CaptureSource;
}

/** An engine over one drop-box source with a recording store; tests must stop it (see stopAll). */
export function startEngine(
  c: CaptureStack,
  running: Set<RunningEngine>,
  options: Partial<CaptureEngineOptions> & { store?: RecordingStore; source?: Partial<CaptureSource> } = {},
): TestEngine {
  const store = options.store ?? new RecordingStore();
  const progress = new ProgressLog();
  const source: CaptureSource = {
    id: 'dropbox',
    kind: 'dropbox',
    server: serverLogin(c.stack, c.dropbox),
    mailbox: 'INBOX',
    ...options.source,
  };
  const engine = createCaptureEngine({
    sources: [source],
    checkpoints: new Map([[source.id, store.checkpoints.get(source.id)]]),
    sink: store,
    understandContext: understandBase(c),
    onProgress: progress.record,
    clock: { now: () => Date.now() },
    retry: { baseMs: 50, maxMs: 1_000 },
    ...options,
  });
  running.add(engine);
  engine.start();
  return { engine, store, progress, source };
}

/**
 * Stops every engine a test started, then checks that they left no socket or timer behind
 * (compared with what the process held before the test: vitest and the stack have their own).
 */
/** An engine to stop after a test: in-process, or the worker's proxy. */
export type RunningEngine = Pick<CaptureEngine, 'stop'>;

export async function stopAll(running: Set<RunningEngine>, baseline?: { sockets: number; timers: number }): Promise<void> {
  await Promise.all([...running].map((engine) => engine.stop()));
  running.clear();
  if (baseline === undefined) return;
  const now = openHandles();
  if (now.sockets > baseline.sockets || now.timers > baseline.timers) {
    throw new Error(`handles left open after stop(): ${JSON.stringify(now)} > ${JSON.stringify(baseline)} (${process.getActiveResourcesInfo().join(', ')})`);
  }
}

/** Sockets and timers this process holds: after stop() an engine must have left none behind. */
export function openHandles(): { sockets: number; timers: number } {
  const info = process.getActiveResourcesInfo();
  return {
    sockets: info.filter((r) => r === 'TLSWrap' || r === 'TCPSocketWrap' || r === 'TCPWRAP').length,
    timers: info.filter((r) => r === 'Timeout').length,
  };
}

/**
 * The hooks of an engine test file: one mail stack for the file, every engine a test started
 * stopped after it (with no socket or timer left behind), and a drop box of its own per test, so
 * counters and mailboxes see only that test's mail.
 */
export function captureSuite(): { running: Set<RunningEngine>; dropBoxFor(name: string): Promise<CaptureStack>; stack(): MailStack } {
  let stack: MailStack | undefined;
  const running = new Set<RunningEngine>();
  let baseline: ReturnType<typeof openHandles>;
  beforeAll(async () => {
    stack = await startMailStack();
  });
  beforeEach(() => {
    baseline = openHandles();
  });
  afterEach(async () => {
    await stopAll(running, baseline);
  });
  afterAll(async () => {
    await stack?.stop();
  });
  const started = (): MailStack => {
    if (stack === undefined) throw new Error('the mail stack has not started');
    return stack;
  };
  return {
    running,
    async dropBoxFor(name) {
      const on = started();
      return { stack: on, owner: await on.createUser(`sam-${name}`), dropbox: await on.createUser(`crm-${name}`) };
    },
    stack: started,
  };
}

/**
 * The hooks of an engine test file whose tests share one drop box: captureSuite's, and the owner
 * (sam) and the drop box (crm) made once before the first test. `c` is empty until then: that
 * beforeAll fills it in place, so a file can take it at its top.
 */
export function sharedDropBoxSuite(): { running: Set<RunningEngine>; c: CaptureStack } {
  const suite = captureSuite();
  const c = {} as CaptureStack;
  beforeAll(async () => {
    const stack = suite.stack();
    Object.assign(c, { stack, owner: await stack.createUser('sam'), dropbox: await stack.createUser('crm') });
  });
  return { running: suite.running, c };
}
