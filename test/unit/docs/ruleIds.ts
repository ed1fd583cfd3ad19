/**
 * Reading rule ids (R4, R4.4) out of test names, the specification and docs/rules.md, for
 * ruleIds.test.ts. Pure functions of text, so the extraction itself is tested on samples.
 */

/** One rule id: a section (`R4`) or a rule (`R4.4`), never part of a longer word. */
const RULE_ID = /\bR\d+(?:\.\d+)?\b/g;

/**
 * The first argument of `it(`, `test(`, `describe(` (with `.each(...)`, `.skip` and the like) as
 * written between quotes, backticks included. `.each([...])` tables end in `])(`, so a name
 * right after `])(` counts too.
 */
const TEST_NAME = /(?:\b(?:it|test|describe)(?:\.\w+)*|\]\))\(\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g;

export function testNames(source: string): string[] {
  return [...source.matchAll(TEST_NAME)].map((m) => m[2] ?? '');
}

/** Every rule id a test name mentions, at its start or later. */
export function ruleIdsInName(name: string): string[] {
  return name.match(RULE_ID) ?? [];
}

/** Every rule id mentioned anywhere in `text`. */
export function ruleIdsIn(text: string): string[] {
  return [...new Set(text.match(RULE_ID) ?? [])];
}

/** The ids the specification defines: its section headings (`## R4 Linking`) and rules (`- R4.4 ...`). */
export function specIds(spec: string): Set<string> {
  const sections = [...spec.matchAll(/^## (R\d+)\b/gm)].map((m) => m[1] ?? '');
  const rules = [...spec.matchAll(/^- (R\d+\.\d+)\b/gm)].map((m) => m[1] ?? '');
  return new Set([...sections, ...rules]);
}

/** The ids docs/rules.md has an entry for: its headings `## R4 …` and `### R4.4 …`. */
export function documentedIds(doc: string): Set<string> {
  return new Set([...doc.matchAll(/^#{2,3} (R\d+(?:\.\d+)?)\b/gm)].map((m) => m[1] ?? ''));
}

/** Repository paths the document names in code spans (`main/send/`, `shared/rules/threading.ts`). */
export function namedPaths(doc: string): string[] {
  const spans = [...doc.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');
  return [...new Set(spans.filter((s) => /^[\w-][\w.-]*\/[\w./-]*$/.test(s)))];
}
