// Adds up the JSON reports vitest writes in every workspace package and prints one closing line.
// `--clear` deletes them instead, so that a run never counts a report an earlier run left behind.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The package folders, from the workspace's own list: the `- pattern` lines under `packages:`.
function workspaceFolders() {
  const block = /^packages:\n((?:[ \t]+.*\n?)*)/m.exec(readFileSync('pnpm-workspace.yaml', 'utf8'))?.[1] ?? '';
  const patterns = [...block.matchAll(/^\s*-\s*['"]?([^'"\s]+)['"]?\s*$/gm)].map((match) => match[1]);
  return patterns.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const root = pattern.slice(0, -2);
    return existsSync(root) ? readdirSync(root).map((name) => join(root, name)) : [];
  });
}

const reports = workspaceFolders()
  .map((folder) => ({ folder, file: join(folder, 'test-results.json') }))
  .filter((report) => existsSync(report.file));

if (process.argv.includes('--clear')) {
  for (const report of reports) rmSync(report.file);
} else {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const { folder, file } of reports) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    console.log(`${folder}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  }
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  if (passed === 0 || failed > 0) process.exitCode = 1;
}
