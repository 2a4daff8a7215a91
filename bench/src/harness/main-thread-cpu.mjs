// CPU time of this process's main thread alone, in milliseconds, from Linux's /proc (10 ms resolution at
// the usual 100 ticks per second). process.cpuUsage() counts every thread, and on a 2-core machine V8's
// compiler and collector threads take as much as the main thread during a large send; telling the two apart
// shows whether a gap to the ideal is JavaScript run on the main thread or work beside it.
// undefined where /proc is not available.
import { readFileSync } from 'node:fs';

const TICK_MS = 10;

export function mainThreadCpuMs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces: utime and stime are
    // the 14th and 15th fields of the line, the 12th and 13th after the name.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return undefined;
  }
}
