import { describe, expect, it } from 'vitest';
import { parseAuthenticationResults, parseReceivedSpf } from '../../../shared/rules/capture/authenticationResults';
import { topmostAuthservId, trustedAuthenticationResults, trustedReceivedSpf, type HeaderField } from '../../../shared/rules/capture/trustedResults';

describe('parseAuthenticationResults', () => {
  type Row = [name: string, value: string, expected: ReturnType<typeof parseAuthenticationResults>];
  const rows: Row[] = [
    [
      'R3.4 reads dkim and spf results with their properties',
      'mx.seller.example; dkim=pass header.d=acme.com header.s=sel1 header.b=AbC+/d==; spf=softfail smtp.mailfrom=acme.com',
      {
        authservId: 'mx.seller.example',
        results: [
          { method: 'dkim', result: 'pass', comments: [], properties: { 'header.d': 'acme.com', 'header.s': 'sel1', 'header.b': 'AbC+/d==' } },
          { method: 'spf', result: 'softfail', comments: [], properties: { 'smtp.mailfrom': 'acme.com' } },
        ],
      },
    ],
    [
      'R3.4 keeps comments apart, including nested ones and ones holding ";" and "="',
      'MX.Seller.Example 1; dkim=neutral (body hash did not verify (really); a=b) header.d=acme.com; spf=pass (sender SPF authorized) smtp.mailfrom=a@acme.com',
      {
        authservId: 'mx.seller.example',
        results: [
          { method: 'dkim', result: 'neutral', comments: ['body hash did not verify (really); a=b'], properties: { 'header.d': 'acme.com' } },
          { method: 'spf', result: 'pass', comments: ['sender SPF authorized'], properties: { 'smtp.mailfrom': 'a@acme.com' } },
        ],
      },
    ],
    [
      'R3.4 reads quoted authserv-ids, method versions, spaces around "=" and quoted reasons with ";"',
      '"mx.seller.example"; dkim/1 = fail reason="signature verification failed; bad" header.i=@acme.com',
      {
        authservId: 'mx.seller.example',
        results: [{ method: 'dkim', result: 'fail', reason: 'signature verification failed; bad', comments: [], properties: { 'header.i': '@acme.com' } }],
      },
    ],
    ['R3.4 reads "none" as no results at all', 'mx.seller.example; none', { authservId: 'mx.seller.example', results: [] }],
    [
      'R3.4 skips garbage segments and keeps the rest',
      'mx.seller.example; ???; spf=fail; =pass',
      { authservId: 'mx.seller.example', results: [{ method: 'spf', result: 'fail', comments: [], properties: {} }] },
    ],
    ['R3.4 has nothing to say about an empty value', '   ', undefined],
  ];
  it.each(rows)('%s', (_name, value, expected) => {
    expect(parseAuthenticationResults(value)).toEqual(expected);
  });
});

describe('parseReceivedSpf', () => {
  it('R3.4 reads the result, the comment and the key=value pairs', () => {
    expect(
      parseReceivedSpf(
        'Softfail (mx.seller.example: domain of transitioning a@acme.com does not designate 192.0.2.1 as permitted sender) receiver=mx.seller.example; client-ip=192.0.2.1; envelope-from="a@acme.com"; helo=mail.acme.com;',
      ),
    ).toEqual({
      result: 'softfail',
      comment: 'mx.seller.example: domain of transitioning a@acme.com does not designate 192.0.2.1 as permitted sender',
      pairs: { receiver: 'mx.seller.example', 'client-ip': '192.0.2.1', 'envelope-from': 'a@acme.com', helo: 'mail.acme.com' },
    });
  });

  it('R3.4 returns undefined without a result', () => {
    expect(parseReceivedSpf('(only a comment)')).toBeUndefined();
  });
});

const h = (key: string, value: string): HeaderField => ({ key, value });

describe('trustedAuthenticationResults', () => {
  it('R3.4 uses the topmost header of the trusted server and ignores other servers', () => {
    const headers = [
      h('authentication-results', 'relay.other.example; dkim=pass; spf=pass'),
      h('authentication-results', 'mx.seller.example; dkim=fail header.d=acme.com; spf=softfail'),
      h('received', 'from mail.acme.com by mx.seller.example'),
    ];
    expect(trustedAuthenticationResults(headers, 'MX.seller.example')).toEqual({ dkim: [{ result: 'fail', domain: 'acme.com' }], spf: 'softfail', ignored: 0 });
  });

  it('R3.4 only the topmost trusted header counts: a lower one with the same id is ignored, even directly below', () => {
    const headers = [
      h('authentication-results', 'mx.seller.example; dkim=fail (bad signature) header.d=acme.com; spf=fail smtp.mailfrom=acme.com'),
      h('x-spam-status', 'No'),
      // forged by the sender, or written by a filter of the same server: never read
      h('authentication-results', 'mx.seller.example; dkim=pass header.d=acme.com; spf=pass smtp.mailfrom=acme.com; dmarc=pass'),
      h('received', 'from mail.acme.com by mx.seller.example'),
    ];
    expect(trustedAuthenticationResults(headers, 'mx.seller.example')).toEqual({
      dkim: [{ result: 'fail', explanation: 'bad signature', domain: 'acme.com' }],
      spf: 'fail',
      spfDomain: 'acme.com',
      ignored: 1,
    });
  });

  it('R3.4 reads the domains and DMARC the trusted server reported', () => {
    const headers = [h('authentication-results', 'mx.seller.example; dkim=pass header.i=@Mail.Acme.com; spf=pass smtp.mailfrom=bounce@acme.com; dmarc=fail (p=REJECT sp=NONE) header.from=acme.com')];
    expect(trustedAuthenticationResults(headers, 'mx.seller.example')).toEqual({
      dkim: [{ result: 'pass', domain: 'mail.acme.com' }],
      spf: 'pass',
      spfDomain: 'acme.com',
      dmarc: { result: 'fail', policy: 'reject' },
      ignored: 0,
    });
    const stated = [h('authentication-results', 'mx.seller.example; dmarc=fail header.from=acme.com policy.dmarc=quarantine')];
    expect(trustedAuthenticationResults(stated, 'mx.seller.example')?.dmarc).toEqual({ result: 'fail', policy: 'quarantine' });
  });

  it('R3.4 never reads a header with the trusted id from an earlier hop (forged by the sender)', () => {
    const headers = [
      h('authentication-results', 'mx.seller.example; spf=pass'),
      h('received', 'from mail.acme.com by mx.seller.example'),
      h('authentication-results', 'mx.seller.example; dkim=pass'),
    ];
    expect(trustedAuthenticationResults(headers, 'mx.seller.example')).toEqual({ spf: 'pass', ignored: 1 });
  });

  it('R3.4 reports nothing when no header carries the trusted id', () => {
    expect(trustedAuthenticationResults([h('authentication-results', 'relay.other.example; dkim=fail; spf=fail')], 'mx.seller.example')).toBeUndefined();
  });

  it('R3.4 keeps every DKIM signature and the reason text', () => {
    const headers = [h('authentication-results', 'mx.seller.example; dkim=fail reason="bad signature" header.d=a.example; dkim=pass header.d=b.example')];
    expect(trustedAuthenticationResults(headers, 'mx.seller.example')?.dkim).toEqual([
      { result: 'fail', explanation: 'bad signature', domain: 'a.example' },
      { result: 'pass', domain: 'b.example' },
    ]);
  });
});

describe('trustedReceivedSpf', () => {
  const rows: Array<[name: string, value: string, expected: string | undefined]> = [
    ['R3.4 believes a Received-SPF whose receiver is the trusted server', 'fail receiver=mx.seller.example; client-ip=192.0.2.1', 'fail'],
    ['R3.4 believes a Received-SPF whose comment names the trusted server', 'SoftFail (mx.seller.example: domain of a@acme.com does not designate 192.0.2.1)', 'softfail'],
    ['R3.4 ignores a Received-SPF written by another server', 'fail (relay.other.example: nope) receiver=relay.other.example', undefined],
    ['R3.4 ignores a Received-SPF that names no receiver', 'fail client-ip=192.0.2.1', undefined],
  ];
  it.each(rows)('%s', (_name, value, expected) => {
    expect(trustedReceivedSpf([h('received-spf', value)], 'mx.seller.example')).toBe(expected);
  });

  it('R3.4 only the topmost Received-SPF counts', () => {
    const headers = [h('received-spf', 'pass (relay.other.example: ok)'), h('received-spf', 'fail receiver=mx.seller.example')];
    expect(trustedReceivedSpf(headers, 'mx.seller.example')).toBeUndefined();
  });
});

describe('topmostAuthservId', () => {
  it('R3.4 learns the authserv-id from the topmost Authentication-Results of a first message', () => {
    const headers = [h('received', 'x'), h('authentication-results', 'Mx.Seller.Example; none'), h('authentication-results', 'relay.other.example; spf=pass')];
    expect(topmostAuthservId(headers)).toBe('mx.seller.example');
    expect(topmostAuthservId([h('received', 'x')])).toBeUndefined();
  });
});
