/**
 * The rules travel with the code: a rule id in a test name leads to that rule's text in
 * docs/rules.md, every id there is one the specification (../shared/SPEC.md, beside the checkout)
 * defines, every rule of the specification has its entry, and every path the document names exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentedIds, namedPaths, ruleIdsIn, ruleIdsInName, specIds, testNames } from './ruleIds';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DOC = join(ROOT, 'docs/rules.md');
const SPEC = join(ROOT, '../shared/SPEC.md');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function readSpec(): string {
  if (!existsSync(SPEC)) throw new Error(`the specification is not at ${SPEC}: check out ../shared beside this repository`);
  return readFileSync(SPEC, 'utf8');
}

const doc = readFileSync(DOC, 'utf8');
const documented = documentedIds(doc);

describe('reading rule ids', () => {
  it('finds the names of it, test and describe, .each tables and template names included', () => {
    const source = [
      "describe('R4 linking', () => {",
      "  it('R4.4 R4.7 one open item', () => {});",
      '  test(`R9.2 ${lang}`, () => {});',
      "  it.each([['a', 1]])('R3.6 %s', (name) => {});",
      "  it.skip(\"R10.4 progress\", () => {});",
      "  it('does nothing with R2D2 or PR12', () => {});",
      '});',
    ].join('\n');
    expect(testNames(source).flatMap(ruleIdsInName)).toEqual(['R4', 'R4.4', 'R4.7', 'R9.2', 'R3.6', 'R10.4']);
  });

  it('reads the specification’s sections and rules, and the document’s headings and paths', () => {
    expect([...specIds('## R1 Addresses\n- R1.1 a rule\n- R1.2 another, see R9.9\n## Words\n')]).toEqual(['R1', 'R1.1', 'R1.2']);
    expect([...documentedIds('## R1 Addresses\n### R1.1 Shown\ntext about R1.2\n')]).toEqual(['R1', 'R1.1']);
    expect(namedPaths('see `main/send/` and `shared/rules/threading.ts`, not `R4.4` or `crm+d-<token>@…` or `../shared/SPEC.md`')).toEqual([
      'main/send/',
      'shared/rules/threading.ts',
    ]);
  });
});

describe('docs/rules.md', () => {
  it('has an entry for every rule id a test name uses', () => {
    const used = new Map<string, string[]>();
    for (const file of testFiles(join(ROOT, 'test'))) {
      for (const id of testNames(readFileSync(file, 'utf8')).flatMap(ruleIdsInName)) {
        used.set(id, [...(used.get(id) ?? []), relative(ROOT, file)]);
      }
    }
    // the suite names dozens of rules; finding few means the extraction broke, not that all is well
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter(([id]) => !documented.has(id)).map(([id, files]) => `${id} (${[...new Set(files)].join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('names only ids the specification defines', () => {
    const spec = specIds(readSpec());
    expect(ruleIdsIn(doc).filter((id) => !spec.has(id))).toEqual([]);
  });

  it('has an entry for every section and rule of the specification', () => {
    expect([...specIds(readSpec())].filter((id) => !documented.has(id))).toEqual([]);
  });

  it('names only paths that exist in the repository', () => {
    const paths = namedPaths(doc);
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });
});
