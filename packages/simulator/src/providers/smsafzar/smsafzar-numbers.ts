/** A recipient in any of the seed's five notations, as the national `09xxxxxxxxx`. */
export function toNationalMobile(raw: string): string | undefined {
  const match = /^(?:\+98|0098|98|0)?(9\d{9})$/.exec(raw.trim());
  return match ? `0${match[1]}` : undefined;
}

/** A sender line in the seed's notations (`1000xxxx`, `00981000xxxx`, `+981000xxxx`, `981000xxxx`), bare. */
export function toLineNumber(raw: string, ownedLines: readonly string[]): string | undefined {
  const trimmed = raw.trim();
  if (!/^\+?\d{3,20}$/.test(trimmed)) return undefined;
  for (const prefix of ['+98', '0098', '98']) {
    if (trimmed.startsWith(prefix) && ownedLines.includes(trimmed.slice(prefix.length)))
      return trimmed.slice(prefix.length);
  }
  return trimmed.startsWith('+') ? trimmed.slice(1) : trimmed;
}

/** The operator a national mobile number belongs to, by prefix. */
export function operatorOf(national: string): string {
  const prefix = national.slice(0, 4);
  if (/^09(0[0-5]|3\d|41)$/.test(prefix)) return 'Irancell';
  if (/^092[0-2]$/.test(prefix)) return 'Rightel';
  return 'Mci';
}
