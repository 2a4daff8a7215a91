import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text';

describe('analyzeText', () => {
  it('counts plain GSM-7 text in septets', () => {
    expect(analyzeText('Hello world')).toEqual({
      encoding: 'GSM-7',
      length: 11,
      segments: 1,
      unitsPerSegment: 160,
      unicodeCharacters: [],
    });
  });

  it('counts extension-table characters as two septets', () => {
    const analysis = analyzeText('Price: 10€ [promo] {x} ~^|\\');
    expect(analysis.encoding).toBe('GSM-7');
    // 27 characters, 9 of them from the extension table.
    expect(analysis.length).toBe(27 + 9);
  });

  it('treats the GSM-7 accented letters as GSM-7', () => {
    expect(analyzeText('àéèùìòÇØøÅåÆæßÉÄÖÑÜäöñü¿¡§£¥$@').encoding).toBe('GSM-7');
  });

  it('splits at 160 / 153 septets: 160 is one part, 161 two', () => {
    expect(analyzeText('a'.repeat(160)).segments).toBe(1);
    const long = analyzeText('a'.repeat(161));
    expect(long.segments).toBe(2);
    expect(long.unitsPerSegment).toBe(153);
    expect(analyzeText('a'.repeat(306)).segments).toBe(2);
    expect(analyzeText('a'.repeat(307)).segments).toBe(3);
  });

  it('never splits an escape pair across parts', () => {
    // 152 septets then a two-septet €: the € cannot start in part one's last septet.
    const text = `${'a'.repeat(152)}€${'a'.repeat(10)}`;
    const analysis = analyzeText(text);
    expect(analysis.length).toBe(164);
    expect(analysis.segments).toBe(2);
    expect(analyzeText(`${'a'.repeat(152)}€${'a'.repeat(152)}`).segments).toBe(3);
  });

  it('sends Persian text as UCS-2, 70 / 67 per part, and names the characters', () => {
    const persian = analyzeText('سلام دنیا');
    expect(persian.encoding).toBe('UCS-2');
    expect(persian.length).toBe(9);
    expect(persian.segments).toBe(1);
    expect(persian.unicodeCharacters).toEqual(['س', 'ل', 'ا', 'م', 'د', 'ن', 'ی']);
    expect(analyzeText('س'.repeat(70)).segments).toBe(1);
    expect(analyzeText('س'.repeat(71)).segments).toBe(2);
    expect(analyzeText('س'.repeat(134)).segments).toBe(2);
    expect(analyzeText('س'.repeat(135)).segments).toBe(3);
  });

  it('counts emoji outside the BMP as two UTF-16 units and never splits them', () => {
    const emoji = analyzeText('Hi 😀');
    expect(emoji.encoding).toBe('UCS-2');
    expect(emoji.length).toBe(5);
    expect(emoji.unicodeCharacters).toEqual(['😀']);
    // 66 units then an emoji: it does not fit in the 67-unit part and starts the next one.
    expect(analyzeText(`${'a'.repeat(66)}😀${'a'.repeat(10)}`).segments).toBe(2);
    expect(analyzeText(`${'a'.repeat(66)}😀${'a'.repeat(67)}`).segments).toBe(3);
  });

  it('switches the whole text to UCS-2 for one character outside GSM-7', () => {
    const analysis = analyzeText(`${'a'.repeat(100)}ç`);
    expect(analysis.encoding).toBe('UCS-2');
    expect(analysis.segments).toBe(2);
    expect(analysis.unicodeCharacters).toEqual(['ç']);
  });

  it('counts an empty text as zero parts', () => {
    expect(analyzeText('').segments).toBe(0);
  });
});
