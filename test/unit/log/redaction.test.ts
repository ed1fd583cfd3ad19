/**
 * The log cannot carry an address (issue 22): fields take only tokens, numbers and host names,
 * an error's message is scrubbed, and every line is scrubbed again on its way out. Property
 * tests feed email-address-shaped strings into every field and every message, through the real
 * pino logger, and look for them in what would be written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOG_EVENTS, LOG_FIELD_NAMES, logCode, logHost, logId, REFUSED, type LogEvent, type LogFields } from '../../../main/platform/log/logFields';
import { scrubLine } from '../../../main/platform/log/pinoLogger';
import { ADDRESS_MARK, scrubText } from '../../../main/platform/log/scrub';
import { memoryLogger } from './memoryLog';

/** text with an address somewhere in it */
const withAddress = fc.tuple(fc.string({ maxLength: 20 }), fc.emailAddress(), fc.string({ maxLength: 20 })).map(([a, email, b]) => ({ text: `${a}${email}${b}`, email }));

describe('log redaction', () => {
  it('R8.2 an address in any field, in an error message, its code or its cause never reaches the output', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOG_EVENTS),
        fc.subarray([...LOG_FIELD_NAMES], { minLength: 1 }),
        withAddress,
        fc.constantFrom('info', 'warn', 'error'),
        fc.boolean(),
        (event, names, { text, email }, level, asError) => {
          const log = memoryLogger();
          // a caller that gets past the types (a cast, JavaScript) hands the address to every field
          const fields = Object.fromEntries(names.map((n) => [n, text])) as unknown as LogFields;
          const error = asError ? Object.assign(new Error(text), { code: text, cause: new Error(text), name: text }) : text;
          if (level === 'info') log.logger.info(event, fields);
          else log.logger[level as 'warn' | 'error'](event, fields, error);
          const out = log.text();
          expect(out).not.toContain(email);
          expect(out).not.toContain('@');
          // still one JSON line: scrubbing never breaks a quote or an escape
          expect(log.lines()).toHaveLength(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an address given as the event name does not get through either', () => {
    fc.assert(
      fc.property(withAddress, ({ text, email }) => {
        const log = memoryLogger();
        log.logger.error(text as LogEvent, undefined, undefined);
        expect(log.text()).not.toContain(email);
        expect(log.lines()[0]?.msg).toBe(REFUSED);
      }),
    );
  });

  it('the typed constructors refuse anything that could hold an address', () => {
    fc.assert(
      fc.property(withAddress, ({ text }) => {
        expect(logCode(text)).toBe(REFUSED);
        expect(logId(text)).toBe(REFUSED);
        expect(logHost(text)).toBe(REFUSED);
      }),
    );
  });

  it.each([
    ['a code', () => logCode('auth-failed'), 'auth-failed'],
    ['an error name', () => logCode('TypeError'), 'TypeError'],
    ['an IPC call', () => logCode('capture:start'), 'capture:start'],
    ['an id we made', () => logId('b-42.7'), 'b-42.7'],
    ['a host name', () => logHost('imap.example.com'), 'imap.example.com'],
    ['an IPv4 address', () => logHost('127.0.0.1'), '127.0.0.1'],
    ['an IPv6 literal', () => logHost('[::1]'), '[::1]'],
    ['free text', () => logCode('Quarterly offer'), REFUSED],
    ['a host with a user', () => logHost('jane@imap.example.com'), REFUSED],
  ])('%s: kept only when it is a token or a host name', (_name, make, expected) => {
    expect(make()).toBe(expected);
  });

  it('a line has the event, the typed fields and the error, and nothing of the machine', () => {
    const log = memoryLogger();
    log.logger.warn('capture.source-state', { kind: logCode('error'), code: 'auth-failed', host: logHost('imap.example.com'), count: 3 }, new TypeError('login failed for sam@acme.com'));
    const [line] = log.lines();
    expect(line).toMatchObject({
      level: 'warn',
      msg: 'capture.source-state',
      kind: 'error',
      code: 'auth-failed',
      host: 'imap.example.com',
      count: 3,
      error: { name: 'TypeError', message: `login failed for ${ADDRESS_MARK}` },
    });
    expect(line).not.toHaveProperty('hostname');
    expect(line).not.toHaveProperty('pid');
    expect(typeof line?.time).toBe('string');
  });

  it('fields outside the list are dropped, numbers that are not finite too', () => {
    const log = memoryLogger();
    log.logger.info('capture.batch', { count: Number.NaN, subject: 'Quarterly offer', from: 'jane' } as unknown as LogFields);
    const [line] = log.lines();
    expect(line).not.toHaveProperty('count');
    expect(line).not.toHaveProperty('subject');
    expect(line).not.toHaveProperty('from');
  });

  it.each([
    ['an address', 'no mailbox for jane.roe+deal-7@customer.example', `no mailbox for ${ADDRESS_MARK}`],
    ['an address in angle brackets', 'From: Jane <jane@customer.example>', `From: Jane <${ADDRESS_MARK}>`],
    ['a password=', 'connect failed password=hunter2 retry', 'connect failed password=<secret> retry'],
    ['a bearer token', 'Authorization: Bearer abc.def.ghi', 'Authorization: <secret>'],
    ['an IMAP LOGIN line', 'A1 LOGIN sam hunter2', 'A1 LOGIN <secret>'],
  ])('the scrubber takes out %s', (_name, text, expected) => {
    expect(scrubText(text)).toBe(expected);
  });

  it('the last scrub keeps a line JSON, and takes every @ out of a line that is not', () => {
    expect(scrubLine('{"msg":"x","error":{"message":"a\\"b password=hunter2\\" c@d.example"}}')).toBe('{"msg":"x","error":{"message":"a\\"b password=<secret> <address>"}}\n');
    expect(scrubLine('not json jane@customer.example')).toBe('not json jane(at)customer.example\n');
  });

  it('the scrubber cuts long text', () => {
    expect(scrubText('x'.repeat(2000), 100)).toHaveLength(101);
  });
});
