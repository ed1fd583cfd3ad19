/**
 * R8.2 guessing against the real mail stack: no source publishes anything for the stack's domain,
 * so the usual host names are probed, mapped by a test resolver to Dovecot and the submission
 * server on 127.0.0.1. What answered is used; every host tried is reported; no login reached
 * Dovecot (a probe never sends a user name or password); and each way a host can fail to be a
 * usable mail server is told apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeServer } from '../../../main/mail/autodiscover/probeServer';
import type { GuessCandidate } from '../../../main/mail/autodiscover/guessCandidates';
import { connectToCore, type CoreClient } from '../../support/coreClient';
import { createTestCore } from '../../support/coreServices';
import { startMailStack, type MailStack, type StackUser } from '../../support/mail-stack';
import { freePorts } from '../../support/mail-stack/ports';
import { mappedHosts, testDiscovery, usualNamesOf } from '../../support/testSrvResolver';

let stack: MailStack;
let user: StackUser;
let client: CoreClient;

/** Dovecot's log lines naming the user: a login, or a failed one, would. */
const linesNamingUser = () =>
  readFileSync(join(stack.dir, 'dovecot.log'), 'utf8')
    .split('\n')
    .filter((line) => line.includes(user.address));

beforeAll(async () => {
  stack = await startMailStack({ plainImap: true });
  user = await stack.createUser('guessing');
  const discovery = testDiscovery({}, usualNamesOf(stack.domain, stack.host, stack.ports));
  client = await connectToCore(await createTestCore(undefined, { discovery }));
});

afterAll(async () => {
  await client?.close();
  await stack?.stop();
});

describe('R8.2 guessing the usual host names', () => {
  it('R8.2 finds imap.<domain> and smtp.<domain>, reports every host tried, and logs in nowhere', async () => {
    const d = stack.domain;
    const found = await client.api.invoke('account:discover', { email: user.address });
    expect(found).toMatchObject({
      found: true,
      source: 'guess',
      imap: { host: `imap.${d}`, port: 993, tls: 'implicit', user: user.address },
      smtp: { host: `smtp.${d}`, port: 587, tls: 'starttls', user: user.address },
    });
    if (!found.found) throw new Error('not found');
    // within the domain: nothing for the user to confirm
    expect(found.needsConfirmation).toBeUndefined();
    expect(found.tried.map((t) => t.source)).toEqual(['srv', 'autoconfig-domain', 'autoconfig-wellknown', 'ispdb']);
    const answered = (found.guessed ?? []).filter((g) => g.outcome === 'answered').map((g) => `${g.protocol} ${g.host}:${g.port}`);
    expect(answered).toEqual([`imap imap.${d}:993`, `imap imap.${d}:143`, `smtp smtp.${d}:587`]);
    expect(found.guessed).toHaveLength(12);
    expect((found.guessed ?? []).filter((g) => g.outcome !== 'answered').every((g) => g.outcome === 'no-host')).toBe(true);
    expect(linesNamingUser()).toEqual([]);
  });

  it('R8.2 nothing answering: not found, with guessing among the reasons and every host listed', async () => {
    const bare = await connectToCore(await createTestCore(undefined, { discovery: testDiscovery({}) }));
    try {
      const result = await bare.api.invoke('account:discover', { email: user.address });
      expect(result.found).toBe(false);
      expect(result.tried.at(-1)).toMatchObject({ source: 'guess', reason: 'not-found' });
      expect(result.guessed?.map((g) => g.host)).toContain(`mail.${stack.domain}`);
    } finally {
      await bare.close();
    }
  });

  it('R8.2 one side answering: not found, but that side comes back to fill in', async () => {
    const imapOnly = { [`mail.${stack.domain}:143`]: { address: stack.host, port: stack.ports.imap } };
    const half = await connectToCore(await createTestCore(undefined, { discovery: testDiscovery({}, imapOnly) }));
    try {
      const result = await half.api.invoke('account:discover', { email: user.address });
      expect(result).toMatchObject({ found: false, partial: { imap: { host: `mail.${stack.domain}`, port: 143, tls: 'starttls', user: user.address } } });
      if (result.found) throw new Error('found');
      expect(result.partial?.smtp).toBeUndefined();
      expect(result.tried.at(-1)).toMatchObject({ source: 'guess', reason: 'incomplete' });
    } finally {
      await half.close();
    }
  });

  it('R8.2 a probe tells apart: answered, not a mail server, no STARTTLS, no TLS, nothing listening', async () => {
    const [closed = 0] = await freePorts(1, '127.0.0.1');
    const at = (address: string, port: number) => ({ address, port });
    const resolve = mappedHosts({
      'imap.t:993': at(stack.host, stack.ports.imaps),
      'imap.t:143': at(stack.host, stack.ports.imap),
      'smtp.t:587': at(stack.host, stack.ports.smtp),
      'wrong.t:143': at(stack.host, stack.ports.smtp), // SMTP where IMAP was expected
      'wrong.t:587': at(stack.host, stack.ports.imap), // IMAP where SMTP was expected
      'plain.t:143': at(stack.plainImapHost, stack.ports.imapPlain ?? 0), // IMAP without STARTTLS
      'plain.t:993': at(stack.host, stack.ports.imap), // implicit TLS to a plain-text port
      'closed.t:993': at(stack.host, closed),
    });
    const probe = (protocol: GuessCandidate['protocol'], host: string, port: number, tls: GuessCandidate['tls']) =>
      probeServer({ protocol, host, port, tls }, resolve, 5_000);
    expect(await probe('imap', 'imap.t', 993, 'implicit')).toBe('answered');
    expect(await probe('imap', 'imap.t', 143, 'starttls')).toBe('answered');
    expect(await probe('smtp', 'smtp.t', 587, 'starttls')).toBe('answered');
    expect(await probe('imap', 'wrong.t', 143, 'starttls')).toBe('not-mail');
    expect(await probe('smtp', 'wrong.t', 587, 'starttls')).toBe('not-mail');
    expect(await probe('imap', 'plain.t', 143, 'starttls')).toBe('no-starttls');
    expect(await probe('imap', 'plain.t', 993, 'implicit')).toBe('tls-failed');
    expect(await probe('imap', 'closed.t', 993, 'implicit')).toBe('refused');
    expect(await probe('imap', 'nowhere.t', 993, 'implicit')).toBe('no-host');
    expect(linesNamingUser()).toEqual([]);
  });
});
