import { describeSimulator } from './cli/describe-simulator';
import { CLI_USAGE, parseCliArguments } from './cli/parse-cli-arguments';
import type { Simulator } from './simulator';
import { startSimulator } from './start-simulator';

export interface CliOutput {
  log(text: string): void;
  error(text: string): void;
}

const consoleOutput: CliOutput = {
  log: (text) => process.stdout.write(`${text}\n`),
  error: (text) => process.stderr.write(`${text}\n`),
};

/**
 * `sms-simulator [--port 4010] [--host 127.0.0.1]`: starts the simulator and prints its base URLs and test
 * credentials. Resolves with the running simulator (undefined after --help or a usage error).
 */
export async function runCli(
  argv: readonly string[] = process.argv.slice(2),
  output: CliOutput = consoleOutput,
): Promise<Simulator | undefined> {
  const parsed = parseCliArguments(argv);
  if (parsed.kind === 'help') {
    output.log(CLI_USAGE);
    return undefined;
  }
  if (parsed.kind === 'error') {
    output.error(`${parsed.message}\n\n${CLI_USAGE}`);
    process.exitCode = 2;
    return undefined;
  }
  try {
    const simulator = await startSimulator(parsed.settings);
    output.log(describeSimulator(simulator));
    return simulator;
  } catch (error) {
    output.error(
      `Could not start the simulator on ${parsed.settings.host}:${parsed.settings.port}: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
    return undefined;
  }
}

/**
 * Runs the simulator as the `sms-simulator` bin does: from the command line's arguments, until SIGINT or
 * SIGTERM. The bin calls it; importing this module starts nothing.
 */
export function main(): void {
  void runCli().then((simulator) => {
    if (!simulator) return;
    const stop = (): void => {
      void simulator.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
