/** The default fetcher's rules, with a fake fetch: HTTPS only, at most 3 redirects, bounded body. */
import { describe, expect, it } from 'vitest';
import { createFetchText, FetchTextError } from '../../../main/mail/autodiscover/fetchText';

type Answer = { status: number; body?: string; location?: string };

function fakeFetch(answers: Record<string, Answer>) {
  const asked: string[] = [];
  const inits: RequestInit[] = [];
  const impl = async (url: URL, init: RequestInit) => {
    asked.push(url.href);
    inits.push(init);
    const a = answers[url.href] ?? { status: 404 };
    return new Response(a.body ?? null, { status: a.status, headers: a.location ? { location: a.location } : {} });
  };
  return { impl, asked, inits };
}

const options = { timeoutMs: 1_000, maxBytes: 100 };

describe('createFetchText', () => {
  it('follows up to 3 redirects, relative ones included, when each goes to HTTPS', async () => {
    const f = fakeFetch({
      'https://a.example/1': { status: 301, location: 'https://b.example/2' },
      'https://b.example/2': { status: 302, location: '/3' },
      'https://b.example/3': { status: 307, location: 'https://c.example/4' },
      'https://c.example/4': { status: 200, body: '<ok/>' },
    });
    expect(await createFetchText(f.impl)('https://a.example/1', options)).toEqual({ status: 200, text: '<ok/>' });
    expect(f.asked).toEqual(['https://a.example/1', 'https://b.example/2', 'https://b.example/3', 'https://c.example/4']);
    expect(f.inits.every((i) => i.redirect === 'manual' && i.signal instanceof AbortSignal)).toBe(true);
  });

  it('refuses a fourth redirect', async () => {
    const f = fakeFetch({
      'https://a.example/1': { status: 301, location: 'https://a.example/2' },
      'https://a.example/2': { status: 301, location: 'https://a.example/3' },
      'https://a.example/3': { status: 301, location: 'https://a.example/4' },
      'https://a.example/4': { status: 301, location: 'https://a.example/5' },
    });
    await expect(createFetchText(f.impl)('https://a.example/1', options)).rejects.toThrow(new FetchTextError('too-many-redirects', 'more than 3 redirects'));
    expect(f.asked).toHaveLength(4);
  });

  it('refuses a redirect to HTTP, even to loopback, and a non-HTTPS start', async () => {
    const f = fakeFetch({ 'https://a.example/1': { status: 302, location: 'http://127.0.0.1/x' } });
    const fetchText = createFetchText(f.impl);
    await expect(fetchText('https://a.example/1', options)).rejects.toMatchObject({ kind: 'insecure-url' });
    await expect(fetchText('http://a.example/1', options)).rejects.toMatchObject({ kind: 'insecure-url', message: 'refusing a non-HTTPS address' });
    await expect(fetchText('ftp://a.example/1', options)).rejects.toMatchObject({ kind: 'insecure-url' });
    expect(f.asked).toEqual(['https://a.example/1']);
  });

  it('returns non-2xx statuses without their body, and a redirect without Location as is', async () => {
    const f = fakeFetch({ 'https://a.example/gone': { status: 410, body: 'x'.repeat(1_000) }, 'https://a.example/r': { status: 302 } });
    const fetchText = createFetchText(f.impl);
    expect(await fetchText('https://a.example/gone', options)).toEqual({ status: 410, text: '' });
    expect(await fetchText('https://a.example/r', options)).toEqual({ status: 302, text: '' });
  });

  it('reads a body of exactly maxBytes and refuses one byte more', async () => {
    const f = fakeFetch({ 'https://a.example/100': { status: 200, body: 'é'.repeat(50) }, 'https://a.example/101': { status: 200, body: `${'é'.repeat(50)}!` } });
    const fetchText = createFetchText(f.impl);
    expect(await fetchText('https://a.example/100', options)).toEqual({ status: 200, text: 'é'.repeat(50) });
    await expect(fetchText('https://a.example/101', options)).rejects.toMatchObject({ kind: 'too-large' });
  });

  it('aborts the whole exchange when the time is up', async () => {
    const never = (_url: URL, init: RequestInit) =>
      new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    await expect(createFetchText(never)('https://a.example/', { timeoutMs: 50, maxBytes: 100 })).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});
