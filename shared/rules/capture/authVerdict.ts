/**
 * R3.4: the authentication state of one message, from the results gathered for it.
 *
 * Rejection (state 'fail'):
 * - DKIM and SPF BOTH fail. DKIM fails when a signature is present and does not verify (bad
 *   signature or bad body hash: 'fail' after `normalizeDkimResult`); SPF fails on `fail` or
 *   `softfail`. A missing signature or SPF record ('none') is not a failure, nor are the
 *   in-between results (neutral, temperror, permerror, policy): a rejection needs evidence.
 * - beyond: drop-box mail claiming an own address that fails DMARC where the From domain
 *   publishes p=quarantine or p=reject (`failsOwnDmarc`, decided by the caller, who knows the
 *   owner and can look the policy up).
 *
 * Otherwise, from best to worst:
 * - 'pass' (sender verified): a DKIM pass for the From domain or a parent of it, or an SPF pass
 *   for an aligned envelope domain (DMARC relaxed alignment), or a DMARC pass reported by the
 *   trusted server itself;
 * - 'unaligned': something passed, but only for another domain;
 * - 'none': results, but nothing either way;
 * - 'no-data': no results at all (no trusted server results, nothing to verify locally).
 */
import type { AuthVerdict } from '../../domain/mail';
import { isAligned, type OrgDomainOf } from './alignment';
import type { DkimResult, SpfResult } from './authResultValues';

export function isDkimFailure(dkim: DkimResult): boolean {
  return dkim === 'fail';
}

export function isSpfFailure(spf: SpfResult): boolean {
  return spf === 'fail' || spf === 'softfail';
}

/** Everything the state is decided on; the domains are lower-case. */
export interface AuthEvidence {
  dkim: DkimResult;
  spf: SpfResult;
  from: AuthVerdict['from'];
  /** the domain of the (outer) From address */
  fromDomain?: string | undefined;
  /** signing domains of the DKIM signatures that passed */
  dkimPassDomains: readonly string[];
  /** the envelope domain SPF judged */
  spfDomain?: string | undefined;
  dmarc?: AuthVerdict['dmarc'];
  /** lower headers with the trusted authserv-id that were not read */
  ignoredHeaders?: number;
}

export function authVerdict(evidence: AuthEvidence, orgDomainOf: OrgDomainOf): AuthVerdict {
  const { dkim, spf, from, fromDomain, spfDomain, dmarc } = evidence;
  const aligned = (domain: string): boolean => fromDomain !== undefined && isAligned(fromDomain, domain, orgDomainOf);
  const passDomains = dkim === 'pass' ? evidence.dkimPassDomains : [];
  const dkimDomain = passDomains.find(aligned) ?? passDomains[0];
  const dkimAligned = dkimDomain !== undefined && aligned(dkimDomain);
  const spfAligned = spf === 'pass' && spfDomain !== undefined && aligned(spfDomain);

  let verdict: AuthVerdict['verdict'];
  if (isDkimFailure(dkim) && isSpfFailure(spf)) verdict = 'fail';
  else if (dkimAligned || spfAligned || (dmarc?.result === 'pass' && from === 'authentication-results')) verdict = 'pass';
  else if (dkim === 'pass' || spf === 'pass') verdict = 'unaligned';
  else if (from === 'none') verdict = 'no-data';
  else verdict = 'none';

  const out: AuthVerdict = { dkim, spf, from, verdict };
  if (fromDomain !== undefined) out.fromDomain = fromDomain;
  if (dkimDomain !== undefined) out.dkimDomain = dkimDomain;
  if (spf === 'pass' && spfDomain !== undefined) out.spfDomain = spfDomain;
  if (dmarc !== undefined) out.dmarc = dmarc;
  if (evidence.ignoredHeaders !== undefined && evidence.ignoredHeaders > 0) out.ignoredHeaders = evidence.ignoredHeaders;
  return out;
}

/** The policies under which a DMARC failure of own-address mail is a rejection. */
export function isEnforcingPolicy(policy: string | undefined): boolean {
  return policy === 'quarantine' || policy === 'reject';
}

/**
 * beyond R3.4: own-address drop-box mail that failed DMARC under an enforcing policy. The
 * caller establishes that the message claims an own address and came to the drop box; this
 * reads the verdict: not verified, and DMARC failed with p=quarantine or p=reject.
 */
export function failsOwnDmarc(verdict: AuthVerdict): boolean {
  return verdict.verdict !== 'pass' && verdict.dmarc?.result === 'fail' && isEnforcingPolicy(verdict.dmarc.policy);
}

/** The verdict after a DMARC rejection: 'fail', with everything else kept for the details. */
export function rejectedByDmarc(verdict: AuthVerdict): AuthVerdict {
  return { ...verdict, verdict: 'fail' };
}
