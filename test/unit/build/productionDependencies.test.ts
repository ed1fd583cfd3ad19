/**
 * R10.2 the shipped app carries only what it runs: electron-builder packs the production
 * dependencies, so build tools (typescript) and the test bridge's WebSocket server (ws) must stay
 * devDependencies; the packages that parse or show other people's mail stay at least on the
 * patch releases that fixed their known holes; and main imports no devDependency (esbuild would
 * quietly bundle one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const PackageSchema = z.object({ dependencies: z.record(z.string(), z.string()), devDependencies: z.record(z.string(), z.string()) });
const pkg = PackageSchema.parse(JSON.parse(readFileSync('package.json', 'utf8')));

/** Never in the shipped app: compilers, bundlers, test tools, the test bridge's server. */
const DEV_ONLY = ['typescript', 'ws', 'tsx', 'esbuild', 'vite', 'vitest', 'eslint', 'electron', 'electron-builder', 'playwright-core', 'smtp-server', 'fast-check', 'fake-indexeddb', 'axe-core'];

/** The lowest acceptable release of each package that handles untrusted input or the window. */
const MINIMUM: Record<string, [number, number, number]> = {
  electron: [45, 6, 1],
  dompurify: [3, 5, 0],
  mailparser: [3, 14, 5],
  nodemailer: [10, 6, 1],
};

function lowestVersion(range: string): [number, number, number] {
  const m = /(\d+)\.(\d+)\.(\d+)/.exec(range);
  if (!m) throw new Error(`cannot read a version from "${range}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const atLeast = (v: number[], min: number[]) => v[0]! > min[0]! || (v[0] === min[0] && (v[1]! > min[1]! || (v[1] === min[1] && v[2]! >= min[2]!)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** The package names a file imports (bare specifiers; "@scope/name" kept whole). */
function importedPackages(source: string): string[] {
  const specifiers = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
  return specifiers
    .filter((s) => s !== '' && !s.startsWith('.') && !s.startsWith('node:') && !builtinModules.includes(s))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : (s.split('/')[0] ?? s)));
}

describe('R10.2 the production dependencies', () => {
  it('R10.2 hold no build or test tool: typescript and ws are devDependencies', () => {
    for (const name of DEV_ONLY) expect(pkg.dependencies, name).not.toHaveProperty(name);
    expect(pkg.devDependencies).toHaveProperty('typescript');
    expect(pkg.devDependencies).toHaveProperty('ws');
  });

  it.each(Object.entries(MINIMUM))('R10.2 %s is at least on its fixed patch release', (name, min) => {
    const range = pkg.dependencies[name] ?? pkg.devDependencies[name];
    expect(range, name).toBeDefined();
    expect(atLeast(lowestVersion(range ?? ''), min), `${name} ${range} is below ${min.join('.')}`).toBe(true);
  });

  it('R10.2 main and preload import only production dependencies (and electron)', () => {
    const offending = [...sourceFiles('main'), ...sourceFiles('preload')].flatMap((file) =>
      importedPackages(readFileSync(file, 'utf8'))
        .filter((name) => name !== 'electron' && !(name in pkg.dependencies))
        .map((name) => `${file}: ${name}`),
    );
    expect(offending).toEqual([]);
  });

  it('the import scan finds what it must', () => {
    expect(importedPackages("import { WebSocketServer } from 'ws';\nimport type { X } from '@types/x/y';\nimport { readFile } from 'node:fs';\nimport a from './a';\nconst m = await import('tldts');")).toEqual(['ws', '@types/x', 'tldts']);
  });
});
