import { describe, expect, it } from 'vitest';
import { combineDkimResults, normalizeDkimResult, normalizeSpfResult, type DkimOutcome, type DkimResult, type SpfResult } from '../../../shared/rules/capture/authResultValues';
import { authVerdict } from '../../../shared/rules/capture/authVerdict';

describe('authVerdict', () => {
  const rows: Array<[name: string, dkim: DkimResult, spf: SpfResult, verdict: 'pass' | 'fail' | 'none']> = [
    ['R3.4 rejects when both DKIM and SPF fail', 'fail', 'fail', 'fail'],
    ['R3.4 rejects when DKIM fails and SPF softfails', 'fail', 'softfail', 'fail'],
    ['R3.4 accepts when only DKIM fails (SPF passes)', 'fail', 'pass', 'pass'],
    ['R3.4 accepts when only DKIM fails (no SPF record)', 'fail', 'none', 'none'],
    ['R3.4 accepts when only SPF fails (DKIM passes)', 'pass', 'fail', 'pass'],
    ['R3.4 a missing signature is not a failure, even with SPF failing', 'none', 'fail', 'none'],
    ['R3.4 no signature and no SPF record is none', 'none', 'none', 'none'],
    ['R3.4 an unverifiable signature (temperror) is not a failure', 'temperror', 'softfail', 'none'],
    ['R3.4 neutral SPF does not confirm a DKIM failure', 'fail', 'neutral', 'none'],
    ['R3.4 permerror is not a DKIM failure', 'permerror', 'fail', 'none'],
    ['R3.4 both passing is pass', 'pass', 'pass', 'pass'],
  ];
  it.each(rows)('%s', (_name, dkim, spf, verdict) => {
    expect(authVerdict(dkim, spf, 'authentication-results')).toEqual({ dkim, spf, from: 'authentication-results', verdict });
  });
});

describe('normalizeDkimResult', () => {
  const rows: Array<[name: string, outcome: DkimOutcome, expected: DkimResult]> = [
    ['R3.4 a bad signature is a failure', { result: 'fail', explanation: 'bad signature' }, 'fail'],
    ['R3.4 a bad body hash is a failure (mailauth calls it neutral)', { result: 'neutral', explanation: 'body hash did not verify' }, 'fail'],
    ['R3.4 another neutral stays neutral', { result: 'neutral', explanation: 'no key' }, 'neutral'],
    ['R3.4 an expired signature is neutral, not a failure', { result: 'neutral', explanation: 'expired' }, 'neutral'],
    ['R3.4 results are case-insensitive', { result: 'PASS' }, 'pass'],
    ['R3.4 an unknown word is no evidence', { result: 'weird' }, 'neutral'],
    ['R3.4 the RFC 7001 "hardfail" is fail', { result: 'hardfail' }, 'fail'],
  ];
  it.each(rows)('%s', (_name, outcome, expected) => {
    expect(normalizeDkimResult(outcome)).toBe(expected);
  });
});

describe('normalizeSpfResult', () => {
  it.each([
    ['SoftFail', 'softfail'],
    ['hardfail', 'fail'],
    ['error', 'temperror'],
    ['none', 'none'],
    ['bogus', 'neutral'],
  ] as const)('R3.4 reads SPF %s as %s', (word, expected) => {
    expect(normalizeSpfResult(word)).toBe(expected);
  });
});

describe('combineDkimResults', () => {
  const rows: Array<[name: string, outcomes: DkimOutcome[], expected: DkimResult]> = [
    ['R3.4 one good signature is enough', [{ result: 'fail' }, { result: 'pass' }], 'pass'],
    ['R3.4 a failing signature without a good one fails', [{ result: 'fail' }, { result: 'neutral' }], 'fail'],
    ['R3.4 an unresolved lookup outranks a failure (no evidence yet)', [{ result: 'fail' }, { result: 'temperror' }], 'temperror'],
    ['R3.4 no signatures is none', [], 'none'],
    ['R3.4 mailauth "message not signed" is none', [{ result: 'none', explanation: 'message not signed' }], 'none'],
  ];
  it.each(rows)('%s', (_name, outcomes, expected) => {
    expect(combineDkimResults(outcomes)).toBe(expected);
  });
});
