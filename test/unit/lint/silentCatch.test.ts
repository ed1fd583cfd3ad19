/**
 * Errors are never swallowed (issue 17): lint fails on a catch that ignores its error without a
 * "// handled: …" comment saying why (scripts/eslint/silentCatch.js), and passes one that reports,
 * rethrows or says why.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('no silent catch', () => {
  it.each([
    ['an empty catch block', 'main/send/bad.ts', 'export function f(g: () => void): void {\n  try {\n    g();\n  } catch {}\n}\n'],
    ['a catch that returns without its error', 'renderer/src/views/items/bad.ts', 'export function f(g: () => number): number {\n  try {\n    return g();\n  } catch {\n    return 0;\n  }\n}\n'],
    ['a catch whose error is never used', 'shared/bad.ts', 'export function f(g: () => void): void {\n  try {\n    g();\n  } catch (err) {\n    return;\n  }\n}\n'],
    ['.catch(() => undefined)', 'renderer/src/views/items/bad.ts', 'export function f(p: Promise<void>): void {\n  void p.catch(() => undefined);\n}\n'],
    ['.catch(() => {})', 'main/send/bad.ts', 'export function f(p: Promise<void>): void {\n  void p.catch(() => {});\n}\n'],
    ['a comment that does not say handled', 'main/send/bad.ts', 'export function f(p: Promise<void>): void {\n  // ignore\n  void p.catch(() => undefined);\n}\n'],
  ])('fails on %s', async (_name, file, code) => {
    expect(await ruleIds(file, code)).toContain('errors/silent-catch');
  });

  it.each([
    ['a rethrow', 'main/send/ok.ts', 'export function f(g: () => void): void {\n  try {\n    g();\n  } catch (err) {\n    throw new Error(`g failed: ${String(err)}`);\n  }\n}\n'],
    ['a report', 'main/send/ok.ts', 'export function f(p: Promise<void>, log: (e: unknown) => void): void {\n  void p.catch((err: unknown) => log(err));\n}\n'],
    ['a handled: comment inside', 'renderer/src/views/items/ok.ts', 'export function f(g: () => number): number {\n  try {\n    return g();\n  } catch {\n    // handled: no number is zero here\n    return 0;\n  }\n}\n'],
    ['a handled: comment before .catch', 'main/send/ok.ts', 'export function f(p: Promise<void>): void {\n  // handled: awaited elsewhere; this only keeps it from counting as unhandled\n  void p.catch(() => undefined);\n}\n'],
  ])('passes %s', async (_name, file, code) => {
    expect(await ruleIds(file, code)).not.toContain('errors/silent-catch');
  });
});
