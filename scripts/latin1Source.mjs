// An esbuild plugin for bundles that V8 loads as one script (the capture worker's): it writes
// every character beyond Latin-1 in the sources as a \u escape. Why: V8 holds a script's source
// for as long as its functions live, as one string; a single such character anywhere (a comment,
// a regular expression of a mail package: "Začátek přeposílané zprávy") makes that string two
// bytes per character, and the worker's 5 MB bundle cost 13 MB of its heap instead of 5.
// A \u escape means the same character in a string, a regular expression (with or without the
// u flag; a pair of escapes for a character beyond U+FFFF), an identifier and a template
// literal's value; in a comment it means nothing. Only a tagged template's raw text would differ.
import { readFile } from 'node:fs/promises';

const LOADERS = { '.js': 'js', '.cjs': 'js', '.mjs': 'js', '.ts': 'ts', '.cts': 'ts', '.mts': 'ts', '.jsx': 'jsx', '.tsx': 'tsx' };
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/** `source` with each UTF-16 unit above U+00FF as \uXXXX; an escaped one (`\č`, the same character) loses its backslash. */
export function escapeBeyondLatin1(source) {
  let out = '';
  let backslashes = 0;
  for (let i = 0; i < source.length; i += 1) {
    const unit = source.charCodeAt(i);
    if (unit > 0xff) {
      if (backslashes % 2 === 1) out = out.slice(0, -1);
      out += `\\u${unit.toString(16).padStart(4, '0')}`;
      backslashes = 0;
      continue;
    }
    out += source[i];
    backslashes = unit === 0x5c ? backslashes + 1 : 0;
  }
  return out;
}

export const latin1Source = {
  name: 'latin1-source',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!BEYOND_LATIN1.test(source)) return undefined;
      const extension = /\.[^.]+$/.exec(args.path)?.[0] ?? '.js';
      return { contents: escapeBeyondLatin1(source), loader: LOADERS[extension] ?? 'js' };
    });
  },
};
