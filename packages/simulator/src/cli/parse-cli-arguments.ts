import { parseArgs } from 'node:util';

export interface CliSettings {
  port: number;
  host: string;
}

export type ParsedCliArguments =
  { kind: 'run'; settings: CliSettings } | { kind: 'help' } | { kind: 'error'; message: string };

export const CLI_USAGE = `Usage: sms-simulator [--port 4010] [--host 127.0.0.1]

Runs a local fake of the Ghasedak, SMSAfzar and SMS Partner HTTP APIs with an inbox page.

Options:
  --port <number>  port to listen on (default 4010; 0 picks a free one)
  --host <address> interface to listen on (default 127.0.0.1)
  --help           show this text`;

const OPTIONS = { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

/**
 * Reads `--port 4010`, `--port=4010`, `--host …`, `--help` / `-h` with `node:util`'s `parseArgs`. It runs
 * without `strict` and the arguments are checked here, token by token in the order written, so that every
 * refusal names the argument exactly as typed and ends in the usage text rather than in a Node error code.
 */
export function parseCliArguments(argv: readonly string[]): ParsedCliArguments {
  const settings: CliSettings = { port: 4010, host: '127.0.0.1' };
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    const argument = argv[token.index] ?? '';
    // parseArgs splits a short group (`-hx`) into options and takes `--help=x`: neither is an option here.
    const writtenAlone =
      token.kind === 'option' && argument === (token.inlineValue ? `${token.rawName}=${token.value}` : token.rawName);
    if (!writtenAlone || (token.name === 'help' && token.value !== undefined))
      return { kind: 'error', message: `Unknown option ${argument}.` };
    if (token.name === 'help') return { kind: 'help' };
    if (token.name !== 'port' && token.name !== 'host')
      return { kind: 'error', message: `Unknown option ${argument}.` };
    const value = token.value;
    if (value === undefined || value === '') return { kind: 'error', message: `${token.rawName} needs a value.` };
    if (token.name === 'port') {
      const port = Number(value);
      if (!/^\d+$/.test(value) || port > 65535)
        return { kind: 'error', message: `--port must be a number from 0 to 65535; got ${value}.` };
      settings.port = port;
    } else settings.host = value;
  }
  return { kind: 'run', settings };
}
