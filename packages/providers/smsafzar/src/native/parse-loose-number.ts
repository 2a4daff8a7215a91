const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

/**
 * Reads a number SMSAfzar may send as a string with thousands separators (`"1,800"`, `"1,250,000"`), in
 * Persian or Arabic-Indic digits, or as a plain number. Anything else is `undefined`.
 */
const ASCII_GROUPED = /^\d{1,3}(?:,?\d{3})*$/;

export function parseLooseNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  // The shape SMSAfzar sends (`"1"`, `"1,800"`): ASCII digits with comma separators, no other work needed.
  if (ASCII_GROUPED.test(value)) return Number(value.includes(',') ? value.replaceAll(',', '') : value);
  const ascii = value.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO));
  });
  // Thousands separators: comma, Arabic comma and thousands sign, spaces; the Arabic decimal sign becomes a dot.
  const compact = ascii.replace(/[,\u060c\u066c\s\u00a0\u200c]/g, '').replace('\u066b', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(compact)) return undefined;
  const parsed = Number(compact);
  return Number.isFinite(parsed) ? parsed : undefined;
}
