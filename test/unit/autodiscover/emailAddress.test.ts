import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverServers } from '../../../main/mail/autodiscover/discoverServers';
import { Failure } from '../../../shared/failures/failure';
import { invalidEmailAddress, parseEmailAddress } from '../../../shared/rules/emailAddress';
import { fakeResolver, fetchNothing } from './fixtures';

describe('parseEmailAddress', () => {
  it('trims, lower-cases the domain only, and keeps the local part as typed', () => {
    expect(parseEmailAddress('  Jane.Doe@Sales.ACME.com ', domainToASCII)).toEqual({ email: 'Jane.Doe@sales.acme.com', localPart: 'Jane.Doe', domain: 'sales.acme.com' });
  });

  it('turns a Unicode domain into its ASCII form, and drops a trailing dot', () => {
    expect(parseEmailAddress('jane@Bücher.de.', domainToASCII)).toEqual({ email: 'jane@xn--bcher-kva.de', localPart: 'jane', domain: 'xn--bcher-kva.de' });
  });

  it.each([
    ['jane.acme.com', 'missing-at', 'Not a valid email address: an email address needs an @, as in jane@example.com.'],
    ['jane@doe@acme.com', 'several-at', 'Not a valid email address: an email address has exactly one @.'],
    ['@acme.com', 'empty-local-part', 'Not a valid email address: the part before the @ is empty.'],
    ['ja ne@acme.com', 'invalid-local-part', 'Not a valid email address: the part before the @ has spaces, control characters or is longer than 64 characters.'],
    ['jane@', 'invalid-domain', 'Not a valid email address: the part after the @ is not a valid domain name.'],
    ['jane@localhost', 'domain-without-dot', 'Not a valid email address: the domain needs a dot, as in example.com.'],
    ['jane@acme..com', 'invalid-domain', undefined],
    ['jane@-acme.com', 'invalid-domain', undefined],
    ['jane@acme.com/evil', 'invalid-domain', undefined],
    ['jane@acme.com:8443', 'invalid-domain', undefined],
    ['jane@127.0.0.1', 'invalid-domain', undefined],
    ['', 'missing-at', undefined],
  ])('refuses %j (%s)', (input, reason, message) => {
    let error: unknown;
    try {
      parseEmailAddress(input, domainToASCII);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(Failure);
    expect((error as Failure).code).toBe('invalid-email');
    expect((error as Failure).params).toEqual({ reason });
    if (message) expect((error as Failure).message).toBe(message);
  });
});

describe('discoverServers with an invalid address', () => {
  it('throws a clear error before any DNS or HTTP request', async () => {
    const resolveSrv = fakeResolver({});
    const fetchText = fetchNothing();
    await expect(discoverServers('jane@localhost', { resolveSrv, fetchText })).rejects.toThrow(
      invalidEmailAddress('domain-without-dot'),
    );
    await expect(discoverServers('jane@localhost', { resolveSrv, fetchText })).rejects.toThrow('Not a valid email address: the domain needs a dot, as in example.com.');
    expect(resolveSrv.asked).toEqual([]);
    expect(fetchText.urls).toEqual([]);
  });
});
