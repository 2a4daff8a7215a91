import { describe, expect, it } from 'vitest';
import { parseCliArguments } from './parse-cli-arguments';

describe('parseCliArguments', () => {
  it('defaults to 127.0.0.1:4010 and reads --port and --host in both spellings', () => {
    expect(parseCliArguments([])).toEqual({ kind: 'run', settings: { port: 4010, host: '127.0.0.1' } });
    expect(parseCliArguments(['--port', '5000', '--host=0.0.0.0'])).toEqual({
      kind: 'run',
      settings: { port: 5000, host: '0.0.0.0' },
    });
    expect(parseCliArguments(['--port=0'])).toEqual({ kind: 'run', settings: { port: 0, host: '127.0.0.1' } });
  });

  it('asks for help, and refuses unknown options, missing values and bad ports', () => {
    expect(parseCliArguments(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArguments(['--verbose'])).toEqual({ kind: 'error', message: 'Unknown option --verbose.' });
    expect(parseCliArguments(['--port'])).toEqual({ kind: 'error', message: '--port needs a value.' });
    expect(parseCliArguments(['--port', '70000'])).toMatchObject({ kind: 'error' });
    expect(parseCliArguments(['--port', 'abc'])).toMatchObject({ kind: 'error' });
  });

  it('names the refused argument exactly as written, even where parseArgs would split or accept it', () => {
    const refused = (argument: string) => ({ kind: 'error', message: `Unknown option ${argument}.` });
    expect(parseCliArguments(['--verbose=1'])).toEqual(refused('--verbose=1'));
    expect(parseCliArguments(['-hx'])).toEqual(refused('-hx'));
    expect(parseCliArguments(['-p5'])).toEqual(refused('-p5'));
    expect(parseCliArguments(['--help=yes'])).toEqual(refused('--help=yes'));
    expect(parseCliArguments(['4010'])).toEqual(refused('4010'));
    expect(parseCliArguments(['--', '--port', '1'])).toEqual(refused('--'));
    expect(parseCliArguments(['--port='])).toEqual({ kind: 'error', message: '--port needs a value.' });
    expect(parseCliArguments(['--host'])).toEqual({ kind: 'error', message: '--host needs a value.' });
  });

  it('reads the arguments in order: the first refusal or --help wins, and a later value replaces an earlier one', () => {
    expect(parseCliArguments(['-h', '--nope'])).toEqual({ kind: 'help' });
    expect(parseCliArguments(['--nope', '--help'])).toEqual({ kind: 'error', message: 'Unknown option --nope.' });
    expect(parseCliArguments(['--port', '--help'])).toEqual({
      kind: 'error',
      message: '--port must be a number from 0 to 65535; got --help.',
    });
    expect(parseCliArguments(['--host=a=b', '--port', '1', '--port=2'])).toEqual({
      kind: 'run',
      settings: { port: 2, host: 'a=b' },
    });
  });
});
