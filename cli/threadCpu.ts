import { readFileSync } from 'node:fs';

/**
 * CPU seconds the calling thread has used (Linux: /proc/thread-self/stat, user plus system, in clock ticks
 * of 1/100 s), or null where that cannot be read. A worker's CPU time says what a batch costs on a shared
 * machine, where its wall time says how busy the machine was.
 */
export function threadCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
