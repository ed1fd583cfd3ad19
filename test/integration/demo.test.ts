/** `npm run demo` works as described: prints URL and credentials, serves the app, Ctrl-C stops all. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function alive(pid: number): boolean {
  return existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2]?.startsWith('Z');
}

describe('npm run demo', () => {
  it('starts, serves the app with the bridge, and stops everything on Ctrl-C', async () => {
    // The test command builds first; the demo script itself is what `npm run demo` runs after building.
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/demo.ts', '--no-browser'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stderr.on('data', (d) => (out += String(d)));
    const ready = await new Promise<{ url: string; dovecotPids: number[] }>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += String(d);
        const line = out.split('\n').find((l) => l.startsWith('DEMO_READY '));
        if (line) resolve(JSON.parse(line.slice('DEMO_READY '.length)));
      });
      child.once('exit', (code) => reject(new Error(`demo exited early (${code}): ${out}`)));
    });
    expect(out).toContain('Account:      sam@example.test / demo-sam-password');
    expect(out).toMatch(/Drop box:\s+crm@example.test/);
    const page = await fetch(ready.url.split('#')[0] ?? '');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/__bridge.js');
    expect(ready.dovecotPids.length).toBeGreaterThan(0);

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(ready.dovecotPids.filter(alive)).toEqual([]);
  });
});
