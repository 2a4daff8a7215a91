import { describe, expect, it } from 'vitest';
import { SmsError } from '../errors/sms-error';
import { assertText } from './assert-text';

describe('assertText', () => {
  it.each([[''], [' '], ['\n\t '], ['\u00a0'], [undefined], [42]])('refuses %j with INVALID_INPUT', (text) => {
    expect(() => assertText(text, 'test')).toThrow(SmsError);
  });

  it('accepts text with surrounding spaces', () => {
    expect(() => assertText(' hi ', 'test')).not.toThrow();
  });
});
