/**
 * R3.4: reject only when BOTH DKIM and SPF fail. DKIM fails when a signature is present and does
 * not verify (bad signature or bad body hash: 'fail' after `normalizeDkimResult`); SPF fails on
 * `fail` or `softfail`. A missing signature or SPF record ('none') is not a failure, nor are the
 * in-between results (neutral, temperror, permerror, policy): a rejection needs evidence.
 *
 * The verdict shown with each message:
 * - 'fail': both failed (the message is rejected);
 * - 'pass': at least one of them passed;
 * - 'none': nothing either way (no signature and no SPF record, or only in-between results, or
 *   one failure that the other method does not confirm).
 */
import type { AuthVerdict } from '../../domain/mail';
import type { DkimResult, SpfResult } from './authResultValues';

export function isDkimFailure(dkim: DkimResult): boolean {
  return dkim === 'fail';
}

export function isSpfFailure(spf: SpfResult): boolean {
  return spf === 'fail' || spf === 'softfail';
}

export function authVerdict(dkim: DkimResult, spf: SpfResult, from: AuthVerdict['from']): AuthVerdict {
  let verdict: AuthVerdict['verdict'] = 'none';
  if (isDkimFailure(dkim) && isSpfFailure(spf)) verdict = 'fail';
  else if (dkim === 'pass' || spf === 'pass') verdict = 'pass';
  return { dkim, spf, from, verdict };
}
