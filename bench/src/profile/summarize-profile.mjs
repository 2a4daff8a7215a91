// Prints the functions with the most self time in a .cpuprofile (from `node --cpu-prof`), grouped by
// function and file, plus the total per file: enough to see where a send spends its CPU.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

// File names are shown relative to the repository, wherever it was cloned.
const REPOSITORY_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const [path, limitText = '25'] = process.argv.slice(2);
const profile = JSON.parse(await readFile(path, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map();
const deltas = profile.timeDeltas;
for (let index = 0; index < profile.samples.length; index += 1) {
  const id = profile.samples[index];
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (deltas[index] ?? 0));
}
const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);
const byFunction = new Map();
const byFile = new Map();
for (const [id, micros] of selfMicros) {
  const frame = byId.get(id).callFrame;
  const file =
    frame.url
      .replace(/^file:\/\//, '')
      .replace(/.*node_modules\/\.pnpm\/([^/]+)\/.*/, '$1')
      .replace(REPOSITORY_ROOT, '') || '(native)';
  const key = `${frame.functionName || '(anonymous)'}  ${file}:${frame.lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  byFile.set(file, (byFile.get(file) ?? 0) + micros);
}
const show = (map, title) => {
  console.log(`\n${title}`);
  for (const [key, micros] of [...map].sort((left, right) => right[1] - left[1]).slice(0, Number(limitText))) {
    console.log(
      `${((micros / total) * 100).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${key}`,
    );
  }
};
show(byFunction, 'self time by function');
show(byFile, 'self time by file or package');
