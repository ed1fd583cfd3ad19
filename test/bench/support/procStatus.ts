/** Memory of a process as Linux accounts it (/proc/<pid>/status), in kB. */
import { readFileSync } from 'node:fs';

export interface ProcMemory {
  /** peak resident set size over the process's life */
  peakRssKb: number;
  rssKb: number;
}

export function procMemory(pid: number | 'self' = 'self'): ProcMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { peakRssKb: field('VmHWM'), rssKb: field('VmRSS') };
}
