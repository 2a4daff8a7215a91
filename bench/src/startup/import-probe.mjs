// Run as `node import-probe.mjs <specifier>...` in a fresh process: prints how long importing the given
// modules, one after the other, took inside this process (module resolution, loading and evaluation; not
// Node's own start-up, which is the same for every package).
import { performance } from 'node:perf_hooks';

const specifiers = process.argv.slice(2);
const started = performance.now();
for (const specifier of specifiers) await import(specifier);
const importMs = performance.now() - started;
process.stdout.write(`${JSON.stringify({ specifiers, importMs })}\n`);
