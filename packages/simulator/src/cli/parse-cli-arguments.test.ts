import { describe, expect, it } from 'vitest';
import { parseCliArguments } from './parse-cli-arguments';

describe('parseCliArguments', () => {
  it('defaults to 127.0.0.1:4010 and reads --port and --host in both spellings', () => {
    expect(parseCliArguments([])).toEqual({ kind: 'run', settings: { port: 4010, host: '127.0.0.1' } });
    expect(parseCliArguments(['--port', '5000', '--host=0.0.0.0'])).toEqual({ kind: 'run', settings: { port: 5000, host: '0.0.0.0' } });
    expect(parseCliArguments(['--port=0'])).toEqual({ kind: 'run', settings: { port: 0, host: '127.0.0.1' } });
  });

  it('asks for help, and refuses unknown options, missing values and bad ports', () => {
    expect(parseCliArguments(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArguments(['--verbose'])).toEqual({ kind: 'error', message: 'Unknown option --verbose.' });
    expect(parseCliArguments(['--port'])).toEqual({ kind: 'error', message: '--port needs a value.' });
    expect(parseCliArguments(['--port', '70000'])).toMatchObject({ kind: 'error' });
    expect(parseCliArguments(['--port', 'abc'])).toMatchObject({ kind: 'error' });
  });
});
