/** The digits of an Iranian sender line: 1000…, 2000…, 3000…, 5000…, 9000… (a pattern source, for composing). */
export const IRANIAN_LINE_DIGITS = '[1-9]000\\d{1,10}';

/** An Iranian sender line written with or without the country code; the first group is the bare line. */
export const IRANIAN_LINE = new RegExp(`^(?:\\+98|0098|98)?(${IRANIAN_LINE_DIGITS})$`);
