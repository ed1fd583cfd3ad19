/**
 * Capture batches for the store at scale, made in the page as they are applied (300k messages
 * never sit in memory at once, so the heap measured afterwards is the store's, not ours).
 * Threads of 1–5 messages (3 on average, exactly `threads × 3` in all) are interleaved the way
 * a mailbox receives them: a few dozen conversations open at a time, one message after another
 * in date order. Replies carry In-Reply-To/References and localized prefixes; 10% are a
 * customer's forwarded reply; 10% of threads go to a deal's item address; customers follow a
 * Zipf popularity, so some people and deals have thousands of threads, most a handful.
 */
import type { CaptureBatch } from '../../../shared/domain/capture';
import type { CapturedMessage } from '../../../shared/domain/mail';
import { messageWords } from '../../../shared/text/messageWords';
import { joinWords } from '../../../shared/text/searchWords';
import { type Counterparty, makeCounterparties } from '../corpus/counterparties';
import { threadSubject } from '../corpus/threadSubject';
import { LANGUAGES, type Language, UNIVERSAL_REPLY, rareWord } from '../corpus/vocabulary';
import { type Random, intBetween, logUniform, pick, seededRandom, weightedIndex, zipfWeights } from '../support/random';

export const SCALE_OWNER = 'sam@acme.example';
export const SCALE_T0 = Date.UTC(2022, 0, 3, 8, 0, 0);
const STEP_MS = 3 * 60_000;
const OPEN_THREADS = 48;
const NO_AUTH = { dkim: 'none', spf: 'none', from: 'none', verdict: 'none' } as const;

export interface ScaleSpec {
  threads: number;
  seed: number;
  counterparties: number;
  dealTokens: readonly string[];
  /**
   * Where this generator's mail continues an earlier one's (mail arriving after a store was
   * built): UIDs, dates and thread numbers go on from there, Message-IDs get their own label.
   */
  after?: { uid: number; step: number; threads: number; label: string };
}

interface OpenThread {
  index: number;
  size: number;
  ids: string[];
  language: Language;
  subject: string;
  customer: Counterparty;
  dealToken: string | undefined;
}

/** Zipf popularity of people and deals, shared with the queries so they ask about the same ones. */
export function popularity(count: number): number[] {
  return zipfWeights(count, 0.8);
}

export class ScaleGenerator {
  readonly people: Counterparty[];
  private readonly random: Random;
  private readonly peopleWeights: number[];
  private readonly dealWeights: number[];
  private readonly open: OpenThread[] = [];
  private started = 0;
  private assigned = 0;
  private uid = 0;
  private step = 0;
  private batchNumber = 0;

  private readonly label: string;
  private readonly firstThread: number;

  constructor(private readonly spec: ScaleSpec) {
    this.random = seededRandom(spec.after === undefined ? spec.seed : spec.seed ^ 0x5eed);
    // The same people whatever the continuation: they are the CRM's customers.
    this.people = makeCounterparties(seededRandom(spec.seed ^ 0xabc), spec.counterparties);
    this.uid = spec.after?.uid ?? 0;
    this.step = spec.after?.step ?? 0;
    this.firstThread = spec.after?.threads ?? 0;
    this.label = spec.after?.label ?? 'scale';
    this.peopleWeights = popularity(this.people.length);
    this.dealWeights = popularity(spec.dealTokens.length);
  }

  get totalMessages(): number {
    return this.spec.threads * 3;
  }

  /** messages this generator has made so far */
  get emitted(): number {
    return this.uid - (this.spec.after?.uid ?? 0);
  }

  /** where a continuation of this generator starts */
  position(label: string): NonNullable<ScaleSpec['after']> {
    return { uid: this.uid, step: this.step, threads: this.firstThread + this.started, label };
  }

  /** The next `size` messages as one batch; undefined when every thread is complete. */
  nextBatch(size: number): CaptureBatch | undefined {
    const captured: CapturedMessage[] = [];
    while (captured.length < size) {
      this.fill();
      if (this.open.length === 0) break;
      const slot = Math.floor(this.random() * this.open.length);
      const thread = this.open[slot];
      if (thread === undefined) break;
      captured.push(this.message(thread));
      if (thread.ids.length >= thread.size) this.open.splice(slot, 1);
    }
    if (captured.length === 0) return undefined;
    this.batchNumber += 1;
    return { sourceId: 'dropbox', sourceKind: 'dropbox', batchId: `${this.label}-${this.batchNumber}`, reset: false, captured, rejected: [], expunged: [], checkpoint: { uidValidity: 1, lastUid: this.uid } };
  }

  /** Opens threads until OPEN_THREADS are open or all were started; sizes sum to exactly 3 per thread. */
  private fill(): void {
    while (this.open.length < OPEN_THREADS && this.started < this.spec.threads) {
      const left = this.spec.threads - this.started;
      const budget = this.totalMessages - this.assigned;
      const size = Math.min(Math.max(intBetween(this.random, 1, 5), budget - 5 * (left - 1)), budget - (left - 1));
      const customer = this.people[weightedIndex(this.random, this.peopleWeights)] ?? this.people[0];
      if (customer === undefined) throw new Error('no counterparties');
      const language = LANGUAGES.find((l) => l.code === customer.language) ?? pick(this.random, LANGUAGES);
      const hasDeal = this.spec.dealTokens.length > 0 && this.random() < 0.1;
      const index = this.firstThread + this.started;
      this.open.push({
        index,
        size,
        ids: [],
        language,
        subject: threadSubject(this.random, language, index),
        customer,
        dealToken: hasDeal ? this.spec.dealTokens[weightedIndex(this.random, this.dealWeights)] : undefined,
      });
      this.started += 1;
      this.assigned += size;
    }
  }

  private text(thread: OpenThread, length: number): string {
    const words = [rareWord(thread.index)];
    let chars = words[0]?.length ?? 0;
    while (chars < length) {
      const r = this.random();
      const word = r < 0.03 ? thread.customer.company : r < 0.05 ? `${intBetween(this.random, 2, 90) * 500}` : pick(this.random, thread.language.words);
      words.push(word);
      chars += word.length + 1;
    }
    return `${pick(this.random, thread.language.greetings)} ${thread.customer.name.split(' ')[0]},\n\n${words.join(' ')}.\n\n${pick(this.random, thread.language.closings)},\nSam Seller`;
  }

  private message(thread: OpenThread): CapturedMessage {
    this.uid += 1;
    this.step += 1;
    const position = thread.ids.length;
    const messageId = `${this.label}.${thread.index}.${position}@acme.example`;
    const forwarded = position > 0 && this.random() < 0.15;
    const prefix = position === 0 ? '' : `${this.random() < 0.7 ? thread.language.reply : UNIVERSAL_REPLY}: `;
    const customer = { address: thread.customer.address, name: thread.customer.name };
    const owner = { address: SCALE_OWNER, name: 'Sam Seller' };
    const message: CapturedMessage = {
      messageId,
      source: { sourceId: 'dropbox', uidValidity: 1, uid: this.uid },
      sourceKind: 'dropbox',
      owner: SCALE_OWNER,
      direction: forwarded ? 'incoming' : 'outgoing',
      from: forwarded ? customer : owner,
      to: [forwarded ? owner : customer],
      cc: [],
      date: SCALE_T0 + this.step * STEP_MS,
      subject: `${prefix}${thread.subject}`,
      references: forwarded ? [] : thread.ids.slice(-10),
      text: this.text(thread, Math.round(logUniform(this.random, 200, 2000))),
      itemTokens: thread.dealToken === undefined ? [] : [thread.dealToken],
      auth: NO_AUTH,
      attachments: this.random() < 0.2 ? [{ part: '2', filename: `Offer_${thread.index}.pdf`, contentType: 'application/pdf', size: intBetween(this.random, 50_000, 900_000) }] : [],
      size: 0,
    };
    if (forwarded) message.forwardedBy = owner;
    const parent = thread.ids.at(-1);
    if (parent !== undefined && !forwarded) message.inReplyTo = parent;
    message.size = message.text.length + 1500 + (message.attachments[0]?.size ?? 0);
    // as the app's capture worker sends them (understandMessage): the store does not compute them
    message.words = joinWords(messageWords(message));
    thread.ids.push(messageId);
    return message;
  }
}
