/**
 * Maps the result words servers and mailauth write onto the closed sets of `DkimResultSchema` and
 * `SpfResultSchema`, and folds several DKIM signatures into one result (R3.4).
 */
import type { AuthVerdict } from '../../domain/mail';

export type DkimResult = AuthVerdict['dkim'];
export type SpfResult = AuthVerdict['spf'];

/** One DKIM signature's outcome as reported: result word plus any explanation (comment/reason). */
export interface DkimOutcome {
  result: string;
  /** comments and reason text; only used to recognise a bad body hash */
  explanation?: string;
  /** the signing domain (d=), lower-case, when known: for alignment with the From domain */
  domain?: string;
}

const DKIM_RESULTS: readonly DkimResult[] = ['pass', 'fail', 'none', 'neutral', 'temperror', 'permerror', 'policy'];
const SPF_RESULTS: readonly SpfResult[] = ['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror'];

/**
 * R3.4 counts a bad body hash as a DKIM failure. mailauth (as a library, and as the MTA filter
 * of several servers) reports it as `neutral (body hash did not verify)`, following RFC 6376's
 * wording rather than its "PERMFAIL", so the explanation has to be read.
 */
const BAD_BODY_HASH = /body hash (did not|does not|didn't) verify|body ?hash mismatch|bad body ?hash/iu;

export function normalizeDkimResult(outcome: DkimOutcome): DkimResult {
  const word = outcome.result.trim().toLowerCase();
  if (word === 'neutral' && outcome.explanation !== undefined && BAD_BODY_HASH.test(outcome.explanation)) return 'fail';
  if (word === 'hardfail') return 'fail';
  // RFC 7001 wrote "hardfail"/"error"; anything unknown is not evidence either way
  if (word === 'error') return 'temperror';
  return (DKIM_RESULTS as readonly string[]).includes(word) ? (word as DkimResult) : 'neutral';
}

export function normalizeSpfResult(result: string): SpfResult {
  const word = result.trim().toLowerCase();
  if (word === 'hardfail') return 'fail';
  if (word === 'error') return 'temperror';
  return (SPF_RESULTS as readonly string[]).includes(word) ? (word as SpfResult) : 'neutral';
}

/**
 * Several signatures, one answer. One good signature authenticates the message whatever the
 * others say (RFC 6376 §6.1). Without one, an unresolved lookup (temperror) outranks a failure:
 * the signature that could not be checked may be the good one, and a rejection must rest on
 * evidence. Then fail, then the results that are neither.
 */
const DKIM_PRECEDENCE: readonly DkimResult[] = ['pass', 'temperror', 'fail', 'permerror', 'policy', 'neutral', 'none'];

export function combineDkimResults(outcomes: readonly DkimOutcome[]): DkimResult {
  const results = new Set(outcomes.map(normalizeDkimResult));
  return DKIM_PRECEDENCE.find((r) => results.has(r)) ?? 'none';
}
