import { createDemoApp } from './create-demo-app';
import { formatTable } from './tour/print-table';
import { runTour } from './tour/run-tour';

// The README's main job: start the app on the simulator, drive every step, print the table, exit 0 only
// if every step worked.
const interactive = process.stdout.isTTY === true;
const demo = await createDemoApp();
console.log(
  `Demo app on ${demo.url} (${demo.config.mode === 'simulator' ? `simulator at ${demo.simulator?.url}` : 'live providers'})\n`,
);

const rows = await runTour(demo, {
  stepStarted: (step) => {
    if (interactive) process.stdout.write(`… ${step.provider}: ${step.step}\r`);
  },
  stepFinished: (row) => {
    if (interactive) process.stdout.write('\u001b[2K');
    console.log(`${row.ok ? '✔' : '✘'} ${row.provider}: ${row.step} (${row.ms} ms)`);
  },
  progress: (label, done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}`;
    if (interactive) process.stdout.write(`  ${bar}\r`);
    else console.log(`  ${bar}`);
  },
});

console.log(`\n${formatTable(rows)}\n`);
const failed = rows.filter((row) => !row.ok);
console.log(
  failed.length === 0 ? `All ${rows.length} steps worked.` : `${failed.length} of ${rows.length} steps failed.`,
);
if (demo.simulator !== undefined) {
  console.log(
    `Inbox page: ${demo.simulator.url}/ (closes with this run; keep it open with: npx -y pnpm@10.34.9 serve)`,
  );
}
await demo.close();
process.exitCode = failed.length === 0 ? 0 : 1;
