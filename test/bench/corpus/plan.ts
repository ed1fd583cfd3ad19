/**
 * The shape of a generated drop box, decided up front and cheaply (no bodies yet): threads of
 * 1–10 messages in several languages, a few hundred counterparties, 10% forwarded customer
 * replies, 20% with an attachment, some threads BCC'd to a deal's item address. Messages are in
 * date order, which is the order they are delivered in (and so their UID order). Bodies are
 * rendered later, one message at a time, from each message's own seed.
 */
import { encodeBase32 } from '../../../shared/rules/base32';
import { type Random, deriveSeed, intBetween, logNormal, logUniform, pick, seededRandom, shuffled, weightedIndex, zipfWeights } from '../support/random';
import { type Counterparty, makeCounterparties } from './counterparties';
import { threadSubject } from './threadSubject';
import { LANGUAGES, type Language, UNIVERSAL_REPLY, rareWord } from './vocabulary';

export const KB = 1024;
const DAY_MS = 24 * 3600 * 1000;
/** A fixed "now" for the corpus, so dates (and so bytes) do not depend on the day of the run. */
export const CORPUS_END = Date.UTC(2025, 4, 30, 12, 0, 0);

export interface Party {
  name: string;
  address: string;
}

export interface CorpusSpec {
  messages: number;
  seed: number;
  owner: Party;
  /** the drop box (company BCC) address; item addresses are its sub-addresses */
  dropbox: string;
  delimiter: string;
}

export interface PlannedThread {
  index: number;
  language: Language;
  subject: string;
  customer: Counterparty;
  cc: Counterparty | undefined;
  /** the deal whose item address the owner BCC'd, if any */
  dealToken: string | undefined;
  /** a word only this thread's text holds, for searches that hit one thread */
  rare: string;
}

/** An attachment cut from the shared pool of base64 lines (see attachmentPool). */
export interface PlannedAttachment {
  filename: string;
  contentType: string;
  lines: number;
  lineOffset: number;
}

export interface PlannedMessage {
  /** delivery order, 0-based */
  index: number;
  seed: number;
  thread: PlannedThread;
  position: number;
  /** 'forwarded-reply': the owner forwards the customer's reply to the drop box, inline */
  kind: 'sent' | 'forwarded-reply';
  date: number;
  messageId: string;
  inReplyTo: string | undefined;
  references: string[];
  /** the LMTP recipient: the drop box or a deal's item address */
  recipient: string;
  /** text/plain only, or multipart/alternative with an HTML part */
  html: boolean;
  textBytes: number;
  attachment: PlannedAttachment | undefined;
  /** "AW: …" in the thread's language, or the universal "Re: …" */
  replyPrefix: string;
}

export interface CorpusPlan {
  spec: CorpusSpec;
  threads: PlannedThread[];
  messages: PlannedMessage[];
  counterparties: number;
  deals: number;
}

/** 1–10 messages, shorter threads more common (P(k) ∝ 1/k, mean ≈ 3.4). */
const THREAD_SIZE_WEIGHTS = Array.from({ length: 10 }, (_, k) => 1 / (k + 1));

const ATTACHMENT_TYPES = [
  { ext: 'pdf', type: 'application/pdf', stem: ['Offer', 'Angebot', 'Offert', 'Contract', 'Invoice', 'Rechnung'] },
  { ext: 'xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', stem: ['Pricing', 'Preisliste', 'Budget'] },
  { ext: 'docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', stem: ['Proposal', 'Vertrag', 'Avtal'] },
  { ext: 'png', type: 'image/png', stem: ['Screenshot', 'Diagram'] },
  { ext: 'jpg', type: 'image/jpeg', stem: ['Photo', 'Site'] },
] as const;

/** Decoded bytes per base64 line: 57 bytes make the 76 characters MIME allows. */
export const BYTES_PER_LINE = 57;

function planAttachment(random: Random, poolLines: number): PlannedAttachment {
  // Mail attachments: median ~120 KB, a long tail up to 5 MB (scans, decks), none below 50 KB.
  const bytes = logNormal(random, 120 * KB, 1, 50 * KB, 5 * KB * KB);
  const lines = Math.ceil(bytes / BYTES_PER_LINE);
  const kind = pick(random, ATTACHMENT_TYPES);
  return {
    filename: `${pick(random, kind.stem)}_${intBetween(random, 2023, 2025)}-${intBetween(random, 100, 999)}.${kind.ext}`,
    contentType: kind.type,
    lines,
    lineOffset: intBetween(random, 0, poolLines - lines),
  };
}

function itemAddress(spec: CorpusSpec, token: string): string {
  const [local, domain] = spec.dropbox.split('@');
  return `${local}${spec.delimiter}${token}@${domain}`;
}

export function planCorpus(spec: CorpusSpec, poolLines: number): CorpusPlan {
  const random = seededRandom(spec.seed);
  const people = makeCounterparties(random, Math.min(400, Math.max(50, Math.round(spec.messages / 15))));
  const popularity = zipfWeights(people.length, 0.8);
  const deals = Array.from({ length: Math.max(5, Math.round(spec.messages / 60)) }, () =>
    `d-${encodeBase32(Uint8Array.from({ length: 10 }, () => intBetween(random, 0, 255)))}`,
  );

  // Threads and their dates; the last thread is cut so the total is exact.
  const threads: PlannedThread[] = [];
  const drafts: { thread: PlannedThread; position: number; date: number }[] = [];
  while (drafts.length < spec.messages) {
    const customer = people[weightedIndex(random, popularity)] ?? people[0];
    if (customer === undefined) throw new Error('no counterparties');
    const language = LANGUAGES.find((l) => l.code === customer.language) ?? pick(random, LANGUAGES);
    const thread: PlannedThread = {
      index: threads.length,
      language,
      subject: threadSubject(random, language, threads.length),
      customer,
      cc: random() < 0.3 ? pick(random, people) : undefined,
      dealToken: random() < 0.1 ? pick(random, deals) : undefined,
      rare: rareWord(threads.length),
    };
    threads.push(thread);
    const size = Math.min(weightedIndex(random, THREAD_SIZE_WEIGHTS) + 1, spec.messages - drafts.length);
    let date = CORPUS_END - 730 * DAY_MS + random() * 720 * DAY_MS;
    for (let position = 0; position < size; position++) {
      drafts.push({ thread, position, date: Math.min(date, CORPUS_END) });
      date += logUniform(random, 600_000, 4 * DAY_MS);
    }
  }
  drafts.sort((a, b) => a.date - b.date);

  // Exactly 10% forwarded replies (never the first of a thread) and 20% with an attachment.
  const replies = drafts.map((d, i) => (d.position > 0 ? i : -1)).filter((i) => i >= 0);
  const forwarded = new Set(shuffled(random, replies).slice(0, Math.round(spec.messages * 0.1)));
  const withAttachment = new Set(shuffled(random, drafts.map((_, i) => i)).slice(0, Math.round(spec.messages * 0.2)));

  const idsByThread = new Map<number, string[]>();
  const messages = drafts.map((draft, index): PlannedMessage => {
    const seed = deriveSeed(spec.seed, index);
    const own = seededRandom(seed);
    const earlier = idsByThread.get(draft.thread.index) ?? [];
    const messageId = `bench.${draft.thread.index}.${draft.position}.${seed.toString(36)}@${spec.owner.address.split('@')[1]}`;
    idsByThread.set(draft.thread.index, [...earlier, messageId]);
    const token = draft.thread.dealToken;
    return {
      index,
      seed,
      thread: draft.thread,
      position: draft.position,
      kind: forwarded.has(index) ? 'forwarded-reply' : 'sent',
      date: Math.round(draft.date / 1000) * 1000,
      messageId,
      inReplyTo: earlier.at(-1),
      references: earlier.slice(-10),
      recipient: token === undefined ? spec.dropbox : itemAddress(spec, token),
      html: own() < 0.5,
      textBytes: Math.round(logUniform(own, 2 * KB, 50 * KB)),
      attachment: withAttachment.has(index) ? planAttachment(own, poolLines) : undefined,
      replyPrefix: own() < 0.7 ? draft.thread.language.reply : UNIVERSAL_REPLY,
    };
  });
  return { spec, threads, messages, counterparties: people.length, deals: deals.length };
}
