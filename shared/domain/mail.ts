/**
 * What the capture engine (main) hands to the CRM store (renderer): a plain, validated
 * description of one message, or of one message it refused. These cross IPC, so they are
 * zod schemas first and types second.
 */
import { z } from 'zod';
import { MAX_JOINED_WORDS_LENGTH, MAX_WORDS, isJoinedWordList } from '../text/searchWords';

/** An email address with its display name. `address` is always lower-case. */
export const MailboxSchema = z.object({
  address: z.string().min(3).max(320),
  name: z.string().max(500).optional(),
});
export type Mailbox = z.infer<typeof MailboxSchema>;

/** Where a message lives on the server; (sourceId, uidValidity, uid) identifies one copy. */
export const SourceRefSchema = z.object({
  sourceId: z.string().min(1),
  uidValidity: z.number().int().nonnegative(),
  uid: z.number().int().positive(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** R3.4: results as read from Authentication-Results or from local DKIM verification. */
export const DkimResultSchema = z.enum(['pass', 'fail', 'none', 'neutral', 'temperror', 'permerror', 'policy']);
export const SpfResultSchema = z.enum(['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror']);
export const DmarcResultSchema = z.enum(['pass', 'fail', 'none', 'temperror', 'permerror']);
export const DmarcPolicySchema = z.enum(['none', 'quarantine', 'reject']);
/**
 * The state shown with a message (R3.4), from best to worst:
 * - 'pass': sender verified, a DKIM or SPF pass aligned with the From domain (DMARC relaxed);
 * - 'no-data': no results at all (no trusted server results, nothing signed): quiet, neutral;
 * - 'none': checked, but nothing either way (no pass, not both failed);
 * - 'unaligned': a pass, but only for another domain than the From domain's;
 * - 'fail': DKIM and SPF both failed, or own-address mail failed DMARC under an enforcing policy
 *   (the message is rejected; only a message the user accepted keeps it).
 */
export const AuthStateSchema = z.enum(['pass', 'no-data', 'none', 'unaligned', 'fail']);
export type AuthState = z.infer<typeof AuthStateSchema>;
const DomainSchema = z.string().min(1).max(253);
export const AuthVerdictSchema = z.object({
  dkim: DkimResultSchema,
  spf: SpfResultSchema,
  /** where the results came from */
  from: z.enum(['authentication-results', 'local-dkim', 'none']),
  verdict: AuthStateSchema,
  /** the domain of the From address the passes were compared with */
  fromDomain: DomainSchema.optional(),
  /** the domain of a passing DKIM signature: an aligned one when there is one */
  dkimDomain: DomainSchema.optional(),
  /** the envelope (MAIL FROM) domain SPF passed for */
  spfDomain: DomainSchema.optional(),
  /** DMARC as the trusted server reported it, or as evaluated for own-address mail */
  dmarc: z.object({ result: DmarcResultSchema, policy: DmarcPolicySchema.optional() }).optional(),
  /** lower Authentication-Results headers with the trusted authserv-id, ignored (R3.4) */
  ignoredHeaders: z.number().int().positive().optional(),
});
export type AuthVerdict = z.infer<typeof AuthVerdictSchema>;

export const AttachmentMetaSchema = z.object({
  /** IMAP body part number, e.g. "2" or "1.2", to fetch it on demand */
  part: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int().nonnegative(),
});
export type AttachmentMeta = z.infer<typeof AttachmentMetaSchema>;

/** the drop box (R3), a synced folder (R7), or the account's sync folder of the CRM itself (R8.3) */
export const SourceKindSchema = z.enum(['dropbox', 'sync', 'replica']);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const CapturedMessageSchema = z.object({
  /** Message-ID without angle brackets; synthesized from source when the header is missing */
  messageId: z.string().min(1),
  source: SourceRefSchema,
  sourceKind: SourceKindSchema,
  /** the account or verified alternate address that sent or forwarded it (R3.3) */
  owner: z.string(),
  /** sent by the owner, or written by someone else (forwarded reply R3.2, synced incoming R7.4) */
  direction: z.enum(['outgoing', 'incoming']),
  /** the author: for a forwarded reply the customer who wrote it (R3.2) */
  from: MailboxSchema,
  to: z.array(MailboxSchema),
  cc: z.array(MailboxSchema),
  /** who forwarded it to the drop box, when it is a forwarded reply (R3.2) */
  forwardedBy: MailboxSchema.optional(),
  /** epoch milliseconds */
  date: z.number(),
  subject: z.string(),
  inReplyTo: z.string().optional(),
  references: z.array(z.string()),
  text: z.string(),
  html: z.string().optional(),
  /** item address tokens this message was delivered to (R1.4, R1.5), e.g. "d-7kq2m9" */
  itemTokens: z.array(z.string()),
  auth: AuthVerdictSchema,
  attachments: z.array(AttachmentMetaSchema),
  size: z.number().int().nonnegative(),
  gmail: z.object({ msgId: z.string(), threadId: z.string() }).optional(),
  /**
   * The search words of the message (shared/text/messageWords of subject, text, from, to, cc as
   * here), computed by the capture worker so that the store's commit does not have to, joined
   * by single spaces (searchWords.ts joinWords says why one string). Optional: tests and batches
   * from older producers may leave it out, and the store then computes the words itself. The
   * bounds are searchWords' own, so they never refuse its output.
   */
  words: z.string().max(MAX_JOINED_WORDS_LENGTH).refine(isJoinedWordList, `at most ${MAX_WORDS} non-empty words, one space apart`).optional(),
});
export type CapturedMessage = z.infer<typeof CapturedMessageSchema>;

/** Machine-readable reasons a message was not captured; the UI words them. */
export const RejectReasonSchema = z.enum([
  'unknown-owner', // R3.3
  'owner-pending', // R3.8: sender is an alternate address not yet confirmed
  'auth-failed', // R3.4
  'too-large', // R3.5
  'unparseable', // a message we could not understand at all
]);
export type RejectReason = z.infer<typeof RejectReasonSchema>;

export const RejectedMessageSchema = z.object({
  source: SourceRefSchema,
  reason: RejectReasonSchema,
  /** extra words for the reason (e.g. the failing sender); never the body */
  detail: z.string().optional(),
  messageId: z.string().optional(),
  from: MailboxSchema.optional(),
  subject: z.string().optional(),
  date: z.number().optional(),
  size: z.number().int().nonnegative(),
});
export type RejectedMessage = z.infer<typeof RejectedMessageSchema>;
