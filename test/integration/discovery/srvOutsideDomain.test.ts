/**
 * R8.2 autodiscovery through IPC with a test DNS resolver: an SRV record of the mail domain that
 * names a server outside it comes back as "needs confirmation", and nothing has logged in to
 * that server; once the user accepts, the connection test with the password reaches it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectToCore, type CoreClient } from '../../support/coreClient';
import { createTestCore } from '../../support/coreServices';
import { startMailStack, type MailStack, type StackUser } from '../../support/mail-stack';
import { srvZone, testDiscovery } from '../../support/testSrvResolver';

let stack: MailStack;
let user: StackUser;
let client: CoreClient;

/** Every line of Dovecot's log naming the user: logins and failed logins alike. */
const loginLines = () =>
  readFileSync(join(stack.dir, 'dovecot.log'), 'utf8')
    .split('\n')
    .filter((line) => line.includes(user.address));

beforeAll(async () => {
  stack = await startMailStack();
  user = await stack.createUser('srvdiscovery');
  // "localhost" is outside the stack's mail domain (example.test), and it is the stack's own server
  const discovery = testDiscovery(srvZone(stack.domain, 'localhost', { imaps: stack.ports.imaps, submission: stack.ports.smtp }));
  client = await connectToCore(await createTestCore(undefined, { discovery }));
});

afterAll(async () => {
  await client?.close();
  await stack?.stop();
});

describe('R8.2 SRV discovery of a server outside the mail domain', () => {
  it('R8.2 the result names the host that needs confirmation, and no password has gone to it', async () => {
    const found = await client.api.invoke('account:discover', { email: user.address });
    expect(found).toMatchObject({
      found: true,
      source: 'srv',
      imap: { host: 'localhost', port: stack.ports.imaps, tls: 'implicit', user: user.address },
      smtp: { host: 'localhost', port: stack.ports.smtp, tls: 'starttls' },
      needsConfirmation: { domain: stack.domain, hosts: ['localhost'] },
    });
    expect(loginLines()).toEqual([]);

    // accepted: the connection test (with the password) is what reaches the server
    if (!found.found) throw new Error('not found');
    const pinnedCertificate = { pem: stack.caCert, sha256: stack.certFingerprint256 };
    const tested = await client.api.invoke('account:testImap', { server: { ...found.imap, password: user.password, pinnedCertificate } });
    expect(tested).toMatchObject({ ok: true });
    expect(loginLines().join('\n')).toMatch(/Login: user=</);
  });
});
