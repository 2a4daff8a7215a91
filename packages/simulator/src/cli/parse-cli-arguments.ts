export interface CliSettings {
  port: number;
  host: string;
}

export type ParsedCliArguments = { kind: 'run'; settings: CliSettings } | { kind: 'help' } | { kind: 'error'; message: string };

export const CLI_USAGE = `Usage: sms-simulator [--port 4010] [--host 127.0.0.1]

Runs a local fake of the Ghasedak, SMSAfzar and SMS Partner HTTP APIs with an inbox page.

Options:
  --port <number>  port to listen on (default 4010; 0 picks a free one)
  --host <address> interface to listen on (default 127.0.0.1)
  --help           show this text`;

/** Reads `--port 4010`, `--port=4010`, `--host …`, `--help`. */
export function parseCliArguments(argv: readonly string[]): ParsedCliArguments {
  const settings: CliSettings = { port: 4010, host: '127.0.0.1' };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--help' || argument === '-h') return { kind: 'help' };
    const [name, inline] = argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined];
    if (name !== '--port' && name !== '--host') return { kind: 'error', message: `Unknown option ${argument}.` };
    const value = inline ?? argv[(index += 1)];
    if (value === undefined || value === '') return { kind: 'error', message: `${name} needs a value.` };
    if (name === '--port') {
      const port = Number(value);
      if (!/^\d+$/.test(value) || port > 65535) return { kind: 'error', message: `--port must be a number from 0 to 65535; got ${value}.` };
      settings.port = port;
    } else settings.host = value;
  }
  return { kind: 'run', settings };
}
