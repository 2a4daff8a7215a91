// Loaded before every reliability test file (vitest `setupFiles`). It listens for unhandled rejections and
// console output during the file, and after the file's own tests checks that there was no unhandled
// rejection and that no suite credential appears in anything collected.
import { afterAll, expect } from 'vitest';
import {
  collect,
  collectedEvidence,
  collectedUnhandledRejections,
  findLeaks,
  recordUnhandledRejection,
} from './collected-evidence';
import { SUITE_SECRETS } from './suite-credentials';

process.on('unhandledRejection', recordUnhandledRejection);

for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
  const original = console[method].bind(console);
  console[method] = (...values: unknown[]) => {
    collect(`console.${method}`, values);
    original(...values);
  };
}
for (const stream of [process.stdout, process.stderr]) {
  const original = stream.write.bind(stream) as (...values: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(
      stream === process.stdout ? 'stdout' : 'stderr',
      typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : chunk,
    );
    return original(chunk, ...rest);
  }) as typeof stream.write;
}

afterAll(async () => {
  // A rejection nobody handled is reported on a later turn of the event loop: give it that turn.
  await new Promise((resolve) => setTimeout(resolve, 20));
  process.off('unhandledRejection', recordUnhandledRejection);
  // One assertion, so that a failure reports both findings at once.
  expect(
    { unhandledRejections: collectedUnhandledRejections(), leaks: findLeaks(SUITE_SECRETS, collectedEvidence()) },
    'unhandled rejections during this file, and suite credentials found in errors, hook payloads, webhook answers or log lines',
  ).toEqual({ unhandledRejections: [], leaks: [] });
});
