// Persian digits (۰–۹, U+06F0–U+06F9) and Arabic-Indic digits (٠–٩, U+0660–U+0669), each block from 0 to 9.
const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_OR_ARABIC_INDIC_DIGIT = /[\u06f0-\u06f9\u0660-\u0669]/g;

/**
 * The text with every Persian (۰–۹) and Arabic-Indic (٠–٩) digit replaced by the Latin digit of the same
 * value (`'۰۹۱۲'` → `'0912'`); every other character is left as it is. Iranian users and providers write
 * numbers either way, and a phone number or an amount must read the same whichever they used.
 */
export function toLatinDigits(text: string): string {
  return text.replace(PERSIAN_OR_ARABIC_INDIC_DIGIT, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO));
  });
}
