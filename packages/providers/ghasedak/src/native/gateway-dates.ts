// Iran has kept +03:30 all year since 2022; and any instant written with an explicit offset is exact,
// whatever offset Tehran had on that day, so this is never ambiguous.
const TEHRAN_OFFSET_MS = 3.5 * 60 * 60 * 1000;

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Writes a time for the gateway: ISO 8601 in Tehran wall-clock time with its offset,
 * `2024-07-21T10:19:52+03:30`, the way the PHP SDK writes it and the server writes its own dates. The offset
 * keeps it exact for a server that honours offsets; the Tehran wall clock keeps it right for one that drops
 * the offset and reads the time as Tehran's (reference §1.3).
 */
export function toGatewayDate(date: Date): string {
  const tehran = new Date(date.getTime() + TEHRAN_OFFSET_MS);
  return (
    `${tehran.getUTCFullYear()}-${twoDigits(tehran.getUTCMonth() + 1)}-${twoDigits(tehran.getUTCDate())}` +
    `T${twoDigits(tehran.getUTCHours())}:${twoDigits(tehran.getUTCMinutes())}:${twoDigits(tehran.getUTCSeconds())}+03:30`
  );
}
