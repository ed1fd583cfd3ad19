/** Serves the built renderer from app://blindcopy/ with the app's CSP, instead of file://. */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_CSP } from '../../shared/security/csp';
import { APP_SCHEME, mimeTypeFor, resolveAppFile } from './appOrigin';

/** Must run before the app is ready. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererRoot, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'content-type': mimeTypeFor(file),
          'content-security-policy': APP_CSP,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      // handled: a file that cannot be read is not found
      return new Response('Not found', { status: 404 });
    }
  });
}
