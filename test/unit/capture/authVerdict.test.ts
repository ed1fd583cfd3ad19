import { describe, expect, it } from 'vitest';
import { combineDkimResults, normalizeDkimResult, normalizeSpfResult, type DkimOutcome, type DkimResult, type SpfResult } from '../../../shared/rules/capture/authResultValues';
import type { AuthState, AuthVerdict } from '../../../shared/domain/mail';
import { domainOfIdentity, isAligned } from '../../../shared/rules/capture/alignment';
import { authVerdict, failsOwnDmarc, type AuthEvidence } from '../../../shared/rules/capture/authVerdict';

/** The PSL's answer for the domains these tables use (main passes tldts). */
const orgDomainOf = (domain: string): string | undefined => {
  const labels = domain.split('.');
  if (labels.length < 2) return undefined;
  const tail = labels.slice(-2).join('.');
  // co.uk is a public suffix: the organizational domain has one label more
  return tail === 'co.uk' ? (labels.length < 3 ? undefined : labels.slice(-3).join('.')) : tail;
};

/** Evidence whose passes are for the From domain itself (the R3.4 base rule, alignment aside). */
const alignedEvidence = (dkim: DkimResult, spf: SpfResult): AuthEvidence => ({
  dkim,
  spf,
  from: 'authentication-results',
  fromDomain: 'acme.com',
  dkimPassDomains: dkim === 'pass' ? ['acme.com'] : [],
  spfDomain: 'acme.com',
});

describe('authVerdict', () => {
  const rows: Array<[name: string, dkim: DkimResult, spf: SpfResult, verdict: AuthState]> = [
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
    expect(authVerdict(alignedEvidence(dkim, spf), orgDomainOf).verdict).toBe(verdict);
  });
});

describe('R3.4 alignment (DMARC relaxed)', () => {
  type Row = [name: string, evidence: Partial<AuthEvidence>, verdict: AuthState];
  const base: AuthEvidence = { dkim: 'none', spf: 'none', from: 'authentication-results', fromDomain: 'acme.com', dkimPassDomains: [] };
  const rows: Row[] = [
    ['R3.4 a DKIM pass for the From domain verifies the sender', { dkim: 'pass', dkimPassDomains: ['acme.com'] }, 'pass'],
    ['R3.4 a DKIM pass for a parent of the From domain verifies the sender', { fromDomain: 'sales.acme.com', dkim: 'pass', dkimPassDomains: ['acme.com'] }, 'pass'],
    ['R3.4 a DKIM pass for a sibling in the same organizational domain verifies the sender', { fromDomain: 'sales.acme.com', dkim: 'pass', dkimPassDomains: ['mail.acme.com'] }, 'pass'],
    ['R3.4 a DKIM pass for another domain is not aligned', { dkim: 'pass', dkimPassDomains: ['mailer.example'] }, 'unaligned'],
    ['R3.4 a DKIM pass for a look-alike domain is not aligned', { dkim: 'pass', dkimPassDomains: ['acme.com.evil.example'] }, 'unaligned'],
    ['R3.4 public suffixes do not align (co.uk)', { fromDomain: 'acme.co.uk', dkim: 'pass', dkimPassDomains: ['evil.co.uk'] }, 'unaligned'],
    ['R3.4 a DKIM pass without a known signing domain is not aligned', { dkim: 'pass', dkimPassDomains: [] }, 'unaligned'],
    ['R3.4 one aligned signature among others verifies', { dkim: 'pass', dkimPassDomains: ['mailer.example', 'acme.com'] }, 'pass'],
    ['R3.4 an SPF pass for an aligned envelope domain verifies the sender', { spf: 'pass', spfDomain: 'bounces.acme.com' }, 'pass'],
    ['R3.4 an SPF pass for another envelope domain is not aligned', { spf: 'pass', spfDomain: 'mailer.example' }, 'unaligned'],
    ['R3.4 an SPF pass without an envelope domain is not aligned', { spf: 'pass' }, 'unaligned'],
    ['R3.4 a pass without a From domain is not aligned', { fromDomain: undefined, dkim: 'pass', dkimPassDomains: ['acme.com'] }, 'unaligned'],
    ['R3.4 the trusted server\'s DMARC pass verifies the sender', { spf: 'pass', dmarc: { result: 'pass' } }, 'pass'],
    ['R3.4 both failing is a rejection even with a DMARC pass claimed', { dkim: 'fail', spf: 'fail', dmarc: { result: 'pass' } }, 'fail'],
    ['R3.4 no results at all is "no authentication data"', { from: 'none' }, 'no-data'],
    ['R3.4 results that say nothing are "none", not "no data"', { from: 'local-dkim', dkim: 'neutral' }, 'none'],
  ];
  it.each(rows)('%s', (_name, evidence, verdict) => {
    expect(authVerdict({ ...base, ...evidence }, orgDomainOf).verdict).toBe(verdict);
  });

  it('R3.4 the details name the domains and the ignored headers', () => {
    const verdict = authVerdict({ ...base, dkim: 'pass', dkimPassDomains: ['mailer.example'], spf: 'pass', spfDomain: 'mailer.example', ignoredHeaders: 2 }, orgDomainOf);
    expect(verdict).toEqual({
      dkim: 'pass',
      spf: 'pass',
      from: 'authentication-results',
      verdict: 'unaligned',
      fromDomain: 'acme.com',
      dkimDomain: 'mailer.example',
      spfDomain: 'mailer.example',
      ignoredHeaders: 2,
    });
  });
});

describe('R3.4 DMARC of own-address mail', () => {
  const verdict = (v: Partial<AuthVerdict>): AuthVerdict => ({ dkim: 'none', spf: 'fail', from: 'authentication-results', verdict: 'none', ...v });
  const rows: Array<[name: string, v: Partial<AuthVerdict>, rejects: boolean]> = [
    ['R3.4 a DMARC failure under p=reject rejects', { dmarc: { result: 'fail', policy: 'reject' } }, true],
    ['R3.4 a DMARC failure under p=quarantine rejects', { dmarc: { result: 'fail', policy: 'quarantine' } }, true],
    ['R3.4 a DMARC failure under p=none does not reject', { dmarc: { result: 'fail', policy: 'none' } }, false],
    ['R3.4 a DMARC failure without a known policy does not reject', { dmarc: { result: 'fail' } }, false],
    ['R3.4 a DMARC temperror does not reject', { dmarc: { result: 'temperror', policy: 'reject' } }, false],
    ['R3.4 a verified sender is never rejected for DMARC', { verdict: 'pass', dmarc: { result: 'fail', policy: 'reject' } }, false],
    ['R3.4 an unaligned pass under p=reject rejects', { verdict: 'unaligned', dkim: 'pass', dmarc: { result: 'fail', policy: 'reject' } }, true],
  ];
  it.each(rows)('%s', (_name, v, rejects) => {
    expect(failsOwnDmarc(verdict(v))).toBe(rejects);
  });
});

describe('R3.4 domains of identities', () => {
  it.each([
    ['user@Acme.COM', 'acme.com'],
    ['@acme.com', 'acme.com'],
    ['acme.com.', 'acme.com'],
    ['<bounce@mail.acme.com>', 'mail.acme.com'],
    ['', undefined],
    ['not a domain', undefined],
    ['a@b@c', 'c'],
    ['x@-bad-.com', undefined],
  ] as const)('R3.4 %s → %s', (value, domain) => {
    expect(domainOfIdentity(value)).toBe(domain);
  });

  it('R3.4 relaxed alignment is the same domain or the same organizational domain', () => {
    expect(isAligned('acme.com', 'ACME.com', orgDomainOf)).toBe(true);
    expect(isAligned('a.acme.com', 'b.acme.com', orgDomainOf)).toBe(true);
    expect(isAligned('acme.com', 'acme.org', orgDomainOf)).toBe(false);
    expect(isAligned('localhost', 'other', orgDomainOf)).toBe(false);
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
