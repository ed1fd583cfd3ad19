/** The two connection tests of the IPC contract, for useServerTest().run. */
import type { ConnectionTestResult } from '../../../../../shared/ipc/connection';
import type { ServerLogin } from '../../../../../shared/settings/account';
import { api } from '../../../api/api';

export function testImap(server: ServerLogin, mailbox?: string): () => Promise<ConnectionTestResult> {
  return () => api().invoke('account:testImap', mailbox ? { server, mailbox } : { server });
}

export function testSmtp(server: ServerLogin): () => Promise<ConnectionTestResult> {
  return () => api().invoke('account:testSmtp', { server });
}
