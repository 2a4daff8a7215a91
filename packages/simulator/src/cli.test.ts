import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './cli';
import type { Simulator } from './simulator';

const running: Simulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((simulator) => simulator.close()));
  process.exitCode = undefined;
});

function capture() {
  const lines: { log: string[]; error: string[] } = { log: [], error: [] };
  return {
    lines,
    output: { log: (text: string) => lines.log.push(text), error: (text: string) => lines.error.push(text) },
  };
}

describe('sms-simulator CLI', () => {
  it('starts the simulator and prints the base URLs and the test credentials', async () => {
    const { lines, output } = capture();
    const simulator = await runCli(['--port', '0', '--host', '127.0.0.1'], output);
    if (!simulator) throw new Error('the CLI did not start the simulator');
    running.push(simulator);
    const printed = lines.log.join('\n');
    expect(printed).toContain(`SMS simulator listening on ${simulator.url}`);
    for (const url of Object.values(simulator.baseUrls)) expect(printed).toContain(url);
    for (const secret of [
      'ghasedak-test-key',
      'smsafzar-test-key',
      'smsafzar-user',
      'smsafzar-password',
      'sms.smsafzar',
      'smspartner-test-key',
    ]) {
      expect(printed).toContain(secret);
    }
    expect((await fetch(`${simulator.url}/`)).status).toBe(200);
  });

  it('prints usage for --help and fails with exit code 2 on a bad option', async () => {
    const help = capture();
    expect(await runCli(['--help'], help.output)).toBeUndefined();
    expect(help.lines.log[0]).toMatch(/^Usage: sms-simulator \[--port 4010\] \[--host 127\.0\.0\.1\]/);
    const bad = capture();
    expect(await runCli(['--nope'], bad.output)).toBeUndefined();
    expect(bad.lines.error[0]).toMatch(/Unknown option --nope/);
    expect(process.exitCode).toBe(2);
  });

  it('reports a port in use with exit code 1', async () => {
    const first = await runCli(['--port', '0'], capture().output);
    if (!first) throw new Error('the CLI did not start the simulator');
    running.push(first);
    const { lines, output } = capture();
    expect(await runCli(['--port', new URL(first.url).port], output)).toBeUndefined();
    expect(lines.error[0]).toMatch(/Could not start the simulator on 127\.0\.0\.1:\d+: .*EADDRINUSE/);
    expect(process.exitCode).toBe(1);
  });
});
