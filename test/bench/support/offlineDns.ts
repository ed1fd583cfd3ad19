/**
 * The DNS resolver the benchmarks give the capture engine: this machine has no network, and the
 * generated mail carries no DKIM signature, so a lookup would only wait for a timeout. Answers
 * "no such name" at once, as an offline resolver does.
 */
import type { DnsResolver } from '../../../main/capture/understand';

export const offlineDns: DnsResolver = (name) => Promise.reject(Object.assign(new Error(`offline: ${name}`), { code: 'ENOTFOUND' }));
