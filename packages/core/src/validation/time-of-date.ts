/**
 * The time of a valid `Date` in milliseconds, or `NaN` for anything else: an invalid date, a value that is not
 * a `Date`, or an object that only pretends to be one (`Object.create(Date.prototype)`, whose `getTime` throws).
 */
export function timeOfDate(value: unknown): number {
  if (!(value instanceof Date)) return Number.NaN;
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return Number.NaN;
  }
}
