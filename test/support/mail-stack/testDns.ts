/**
 * An in-memory DNS zone for the test MX and for capture (mailauth's resolver contract: TXT
 * answers as arrays of chunks; a missing name rejects with ENOTFOUND, a name without records of
 * that type with ENODATA). Tests publish SPF, DKIM and DMARC records here; nothing touches the
 * network.
 */
export type TestResolver = (name: string, rrtype: string) => Promise<string[][] | string[]>;

function dnsError(code: 'ENOTFOUND' | 'ENODATA', name: string): Error {
  return Object.assign(new Error(`${code} ${name}`), { code, hostname: name });
}

export class TestDns {
  private readonly zone = new Map<string, Map<string, string[]>>();

  /** Adds a record (several TXT records under one name are allowed). */
  add(name: string, rrtype: 'TXT' | 'A' | 'MX', value: string): this {
    const key = name.toLowerCase().replace(/\.$/u, '');
    const byType = this.zone.get(key) ?? new Map<string, string[]>();
    byType.set(rrtype, [...(byType.get(rrtype) ?? []), value]);
    this.zone.set(key, byType);
    return this;
  }

  txt(name: string, value: string): this {
    return this.add(name, 'TXT', value);
  }

  /** Removes every record of a name. */
  remove(name: string): this {
    this.zone.delete(name.toLowerCase());
    return this;
  }

  /** What it holds, as plain data (e.g. to hand to another thread). */
  records(): Array<{ name: string; type: string; value: string }> {
    return [...this.zone].flatMap(([name, byType]) => [...byType].flatMap(([type, values]) => values.map((value) => ({ name, type, value }))));
  }

  readonly resolve: TestResolver = (name, rrtype) => {
    const byType = this.zone.get(name.toLowerCase().replace(/\.$/u, ''));
    if (byType === undefined) return Promise.reject(dnsError('ENOTFOUND', name));
    const values = byType.get(rrtype.toUpperCase());
    if (values === undefined) return Promise.reject(dnsError('ENODATA', name));
    // TXT records come as chunks of at most 255 characters, as node:dns gives them
    return Promise.resolve(rrtype.toUpperCase() === 'TXT' ? values.map((v) => v.match(/.{1,255}/gsu) ?? ['']) : values);
  };
}
