// Adds up the JSON reports vitest writes in every workspace package and prints one closing line.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['packages', 'packages/providers', 'packages/integrations', 'apps'];
const folders = ['bench', ...roots.flatMap((root) => (existsSync(root) ? readdirSync(root).map((name) => join(root, name)) : []))];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const folder of folders) {
  const file = join(folder, 'test-results.json');
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`${folder}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed === 0 || failed > 0) process.exitCode = 1;
