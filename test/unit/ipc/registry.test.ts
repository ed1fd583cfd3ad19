import { describe, expect, it, vi } from 'vitest';
import { createHandlerRegistry, type Handlers } from '../../../main/ipc/registry';
import { testAdapters, testHandlers } from '../../support/coreServices';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return testHandlers(overrides, testAdapters({ appVersion: '1.2.3' }));
}

describe('IPC handler registry', () => {
  const logger = { error: vi.fn() };

  it('answers a valid call with the handler value', async () => {
    const r = createHandlerRegistry(handlers(), logger);
    expect(await r.dispatch('app:info', {})).toEqual({ ok: true, value: { name: 'Blindcopy', version: '1.2.3', transport: 'websocket' } });
  });

  it('refuses an unknown call name', async () => {
    const r = createHandlerRegistry(handlers(), logger);
    expect(await r.dispatch('fs:readFile', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await r.dispatch({ toString: () => 'x' }, {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('refuses a payload outside the schema before the handler runs', async () => {
    const spy = vi.fn();
    const r = createHandlerRegistry(handlers({ 'account:testImap': spy }), logger);
    const res = await r.dispatch('account:testImap', { server: { host: 'imap.example.com', port: 99999, tls: 'implicit', user: 'a', password: 'p' } });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(spy).not.toHaveBeenCalled();
    // extra keys are refused too (strict objects), so nothing unexpected reaches a handler
    expect(await r.dispatch('app:info', { evil: true })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses a handler answer outside the contract instead of passing it on', async () => {
    const r = createHandlerRegistry(handlers({ 'app:info': () => ({ name: 'Other', version: 1 }) as never }), logger);
    expect(await r.dispatch('app:info', {})).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
  });

  it('turns a thrown error into a safe message, without its text', async () => {
    const r = createHandlerRegistry(
      handlers({
        'app:info': () => {
          throw new Error('secret detail password=hunter2');
        },
      }),
      logger,
    );
    const res = await r.dispatch('app:info', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(res)).not.toContain('hunter2');
  });

  it('validates events and delivers them to subscribers', () => {
    const r = createHandlerRegistry(handlers(), logger);
    const seen: unknown[] = [];
    const off = r.onEvent((e, p) => seen.push([e, p]));
    r.emit('app:deepLink', { url: 'blindcopy://confirm?code=1' });
    expect(() => r.emit('app:deepLink', { url: `blindcopy://${'x'.repeat(4096)}` })).toThrow();
    off();
    r.emit('app:deepLink', { url: 'blindcopy://confirm?code=2' });
    expect(seen).toEqual([['app:deepLink', { url: 'blindcopy://confirm?code=1' }]]);
  });
});
