/** An Iranian mobile number in any common notation, as `09xxxxxxxxx`; undefined when it is not one. */
export function toIranianMobile(raw: string): string | undefined {
  const compact = raw.replace(/[\s-]/g, '');
  const match = /^(?:\+98|0098|98|0)?(9\d{9})$/.exec(compact);
  return match ? `0${match[1]}` : undefined;
}

/** An international number as the verification service takes it: `+` then 8 to 15 digits. */
export function isInternationalNumber(raw: string): boolean {
  return /^\+[1-9]\d{7,14}$/.test(raw.replace(/[\s-]/g, ''));
}
