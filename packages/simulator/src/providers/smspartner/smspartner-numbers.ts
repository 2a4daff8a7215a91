/** A number as SMS Partner takes it (French national `06…`, or international `+…` / `00…`), in E.164. */
export function toInternational(raw: string): string | undefined {
  const compact = raw.replace(/[\s.\-()]/g, '');
  const french = /^0([1-9]\d{8})$/.exec(compact);
  if (french) return `+33${french[1]}`;
  const international = /^(?:\+|00)([1-9]\d{7,14})$/.exec(compact);
  return international ? `+${international[1]}` : undefined;
}

// A few calling codes, enough for the lookup answer's `countryCode`; others read as unknown.
const COUNTRIES: Record<string, string> = {
  '1': 'US',
  '7': 'RU',
  '31': 'NL',
  '32': 'BE',
  '33': 'FR',
  '34': 'ES',
  '39': 'IT',
  '41': 'CH',
  '43': 'AT',
  '44': 'GB',
  '48': 'PL',
  '49': 'DE',
  '55': 'BR',
  '61': 'AU',
  '81': 'JP',
  '86': 'CN',
  '90': 'TR',
  '91': 'IN',
  '98': 'IR',
  '212': 'MA',
  '213': 'DZ',
  '216': 'TN',
  '262': 'RE',
  '351': 'PT',
  '352': 'LU',
  '590': 'GP',
  '594': 'GF',
  '596': 'MQ',
  '971': 'AE',
};

export interface NumberDetails {
  countryCode: string;
  prefixCode: number;
  nationalNumber: string;
  type: 'mobile' | 'fixed_line' | 'unknown';
}

/** Splits an E.164 number into calling code and national part (longest known calling code first). */
export function describeNumber(e164: string): NumberDetails {
  const digits = e164.slice(1);
  for (const length of [3, 2, 1]) {
    const prefix = digits.slice(0, length);
    const country = COUNTRIES[prefix];
    if (country) {
      const nationalNumber = digits.slice(length);
      const type =
        country === 'FR'
          ? /^[67]/.test(nationalNumber)
            ? 'mobile'
            : 'fixed_line'
          : country === 'IR' && nationalNumber.startsWith('9')
            ? 'mobile'
            : 'unknown';
      return { countryCode: country, prefixCode: Number(prefix), nationalNumber, type };
    }
  }
  return {
    countryCode: 'ZZ',
    prefixCode: Number(digits.slice(0, 2)),
    nationalNumber: digits.slice(2),
    type: 'unknown',
  };
}

/** French numbers read in pairs: `6 12 34 56 78`. */
export function groupNational(nationalNumber: string, countryCode: string): string {
  if (countryCode !== 'FR') return nationalNumber;
  return [nationalNumber.slice(0, 1), ...(nationalNumber.slice(1).match(/\d{1,2}/g) ?? [])].join(' ');
}
