import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { median } from '../statistics/quantiles.mjs';

const run = promisify(execFile);
const PROBE = fileURLToPath(new URL('./import-probe.mjs', import.meta.url));
const FIRST_SEND_PROBE = fileURLToPath(new URL('./first-send-probe.mjs', import.meta.url));

/** The median in-process import time of `specifiers` over `runs` fresh Node processes. */
export async function measureImportTime(specifiers, runs) {
  const samples = [];
  for (let index = 0; index < runs; index += 1) {
    const { stdout } = await run(process.execPath, [PROBE, ...specifiers], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
    });
    samples.push(JSON.parse(stdout.trim().split('\n').pop()).importMs);
  }
  return {
    specifiers,
    runs,
    medianMs: median(samples),
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    samplesMs: samples,
  };
}

/** The median time from the first import to the first send's answer, over `runs` fresh Node processes. */
export async function measureFirstSend(variant, provider, url, runs) {
  const samples = [];
  for (let index = 0; index < runs; index += 1) {
    const { stdout } = await run(process.execPath, [FIRST_SEND_PROBE, variant, provider, url], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
    });
    samples.push(JSON.parse(stdout.trim().split('\n').pop()).firstSendMs);
  }
  return {
    variant,
    provider,
    runs,
    medianMs: median(samples),
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    samplesMs: samples,
  };
}
