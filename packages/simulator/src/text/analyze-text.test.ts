import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text';

describe('analyzeText', () => {
  it('counts GSM-7 text in septets, extension characters as two', () => {
    expect(analyzeText('Hello world')).toEqual({ encoding: 'GSM-7', length: 11, segments: 1 });
    expect(analyzeText('10€ [x]')).toEqual({ encoding: 'GSM-7', length: 10, segments: 1 });
  });

  it('splits GSM-7 at 160 / 153 septets', () => {
    expect(analyzeText('a'.repeat(160)).segments).toBe(1);
    expect(analyzeText('a'.repeat(161)).segments).toBe(2);
    expect(analyzeText('a'.repeat(306)).segments).toBe(2);
    expect(analyzeText('a'.repeat(307)).segments).toBe(3);
  });

  it('never splits an escape pair across parts', () => {
    expect(analyzeText(`${'a'.repeat(152)}€${'a'.repeat(10)}`)).toEqual({
      encoding: 'GSM-7',
      length: 164,
      segments: 2,
    });
    expect(analyzeText(`${'a'.repeat(152)}€${'a'.repeat(152)}`).segments).toBe(3);
  });

  it('sends Persian as UCS-2 with 70 / 67 units per part', () => {
    expect(analyzeText('سلام دنیا')).toEqual({ encoding: 'UCS-2', length: 9, segments: 1 });
    expect(analyzeText('س'.repeat(70)).segments).toBe(1);
    expect(analyzeText('س'.repeat(71)).segments).toBe(2);
    expect(analyzeText('س'.repeat(134)).segments).toBe(2);
    expect(analyzeText('س'.repeat(135)).segments).toBe(3);
  });

  it('never splits a surrogate pair and counts it as two units', () => {
    expect(analyzeText('Hi 😀')).toEqual({ encoding: 'UCS-2', length: 5, segments: 1 });
    expect(analyzeText(`${'a'.repeat(66)}😀${'a'.repeat(10)}`).segments).toBe(2);
    expect(analyzeText(`${'a'.repeat(66)}😀${'a'.repeat(67)}`).segments).toBe(3);
  });

  it('switches the whole text to UCS-2 for one character outside GSM-7, and counts empty text as 0 parts', () => {
    expect(analyzeText(`${'a'.repeat(100)}ç`)).toEqual({ encoding: 'UCS-2', length: 101, segments: 2 });
    expect(analyzeText('').segments).toBe(0);
  });
});
