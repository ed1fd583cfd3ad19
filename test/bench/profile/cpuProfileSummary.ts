/**
 * Reads a V8 CPU profile (.cpuprofile, as --cpu-prof, the inspector or CDP write it) and says
 * where the time went: self time per package (or project folder) and the hottest functions.
 * Enough to name the stage a miss comes from without opening DevTools.
 */
import { z } from 'zod';

const CpuProfileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number(), columnNumber: z.number() }),
    }),
  ),
  startTime: z.number(),
  endTime: z.number(),
  samples: z.array(z.number()).optional(),
  timeDeltas: z.array(z.number()).optional(),
});
export type CpuProfile = z.infer<typeof CpuProfileSchema>;

export interface TimeShare {
  name: string;
  ms: number;
  /** of the profile's sampled time */
  percent: number;
  /** for minified code: the start of the function's source, so it can be recognized */
  source?: string;
}

/** The text of a script by URL, when the caller has it (e.g. the built renderer). */
export type SourceLookup = (url: string) => string | undefined;

export interface ProfileSummary {
  totalMs: number;
  /** time the thread had nothing to do */
  idleMs: number;
  byPackage: TimeShare[];
  topFunctions: TimeShare[];
}

/** node_modules/<pkg> (scoped too), a project folder like main/capture/understand, or a V8 category. */
export function packageOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules?.[1]) return modules[1];
  if (url.startsWith('node:')) return 'node internals';
  const project = /\/(main|shared|renderer\/src|test)\/(?:[^/]+\/)?([^/]+)\//.exec(url);
  if (project) return `${project[1]}/${project[2]}`;
  return url.replace(/^.*\//, '');
}

function top(map: Map<string, number>, total: number, count: number): TimeShare[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, ms: us / 1000, percent: total > 0 ? (100 * us) / total : 0 }));
}

/** ~160 characters of minified source from a call frame's position. */
function snippet(lookup: SourceLookup | undefined, url: string, line: number, column: number): string | undefined {
  const text = lookup?.(url);
  if (text === undefined) return undefined;
  const lineText = text.split('\n')[line];
  return lineText?.slice(column, column + 160);
}

export function summarizeProfile(raw: unknown, count = 12, lookup?: SourceLookup): ProfileSummary {
  const profile = CpuProfileSchema.parse(raw);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // timeDeltas[i] is the time before sample i; the next delta is how long sample i lasted.
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, deltas[i + 1] ?? 0));
  }
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  const sources = new Map<string, string>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (frame === undefined) continue;
    total += us;
    if (frame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    const pkg = packageOf(frame.url, frame.functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    // The column too: a minified bundle is a few long lines holding hundreds of functions.
    const fn = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*node_modules\//, '').replace(/^.*\/work\/main\//, '')}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
    if (!sources.has(fn)) {
      const code = snippet(lookup, frame.url, frame.lineNumber, frame.columnNumber);
      if (code !== undefined) sources.set(fn, code);
    }
  }
  const busy = total - idle;
  const topFunctions = top(functions, busy, count).map((share) => {
    const source = sources.get(share.name);
    return source === undefined ? share : { ...share, source };
  });
  return { totalMs: total / 1000, idleMs: idle / 1000, byPackage: top(packages, busy, count), topFunctions };
}
