import { describe, expect, it, vi } from 'vitest';
import { createHandlerRegistry, type Handlers } from '../../../main/ipc/registry';
import { Failure, failure } from '../../../shared/failures/failure';
import { createApi } from '../../../shared/ipc/client';
import { testAdapters, testHandlers } from '../../support/coreServices';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return testHandlers(overrides, testAdapters({ appVersion: '1.2.3' }));
}

describe('IPC handler registry', () => {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

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

  it('passes a Failure on as the one refusal shape, unlogged; the client rethrows it as a Failure', async () => {
    const quiet = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const r = createHandlerRegistry(
      handlers({
        'outbox:retry': () => {
          throw failure('outbox-busy', 'the message is being sent or changed right now', { attempt: 2 });
        },
      }),
      quiet,
    );
    const res = await r.dispatch('outbox:retry', { id: 'e1' });
    expect(res).toEqual({ ok: false, error: { code: 'outbox-busy', message: 'the message is being sent or changed right now', params: { attempt: 2 } } });
    expect(quiet.error).not.toHaveBeenCalled();

    const client = createApi({ invoke: (name, request) => r.dispatch(name, request) as never, on: () => () => undefined });
    const thrown = await client.invoke('outbox:retry', { id: 'e1' }).catch((err: unknown) => err);
    expect(thrown).toBeInstanceOf(Failure);
    expect(thrown).toMatchObject({ code: 'outbox-busy', message: 'the message is being sent or changed right now', params: { attempt: 2 } });
  });

  it('logs anything but a Failure, and answers internal', async () => {
    const seen = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const r = createHandlerRegistry(
      handlers({
        'app:info': () => {
          throw new TypeError('boom');
        },
      }),
      seen,
    );
    expect(await r.dispatch('app:info', {})).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong in the app core.' } });
    expect(seen.error).toHaveBeenCalledWith('ipc.handler-failed', { call: 'app:info' }, expect.objectContaining({ name: 'TypeError', message: 'boom' }));
  });

  it('app:reportError logs the renderer report through the log port, cut to length by the contract', async () => {
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const r = createHandlerRegistry(testHandlers({}, { ...testAdapters() }, log), log);
    expect(await r.dispatch('app:reportError', { context: 'compose: send', code: 'TypeError', message: 'x is undefined' })).toEqual({ ok: true, value: {} });
    expect(log.error).toHaveBeenCalledWith('renderer.error', { code: 'TypeError' }, { name: 'RendererError', message: 'compose: send: x is undefined' });
    expect(await r.dispatch('app:reportError', { context: 'c', code: 'c', message: 'm'.repeat(501) })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
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
