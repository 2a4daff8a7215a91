import { fromLocalDateTime } from '../../clock/zoned-time';
import { elementError, smspartnerFailure } from './smspartner-envelope';
import type { ElementError, ResponseFormat } from './smspartner-envelope';
import { textParameter } from './smspartner-parameters';

/** SMS Partner is a French service: its schedule is read as Paris wall-clock time (not documented). */
export const SMSPARTNER_TIME_ZONE = 'Europe/Paris';

/**
 * `scheduledDeliveryDate` (dd/MM/yyyy) with `time` (hour) and `minute` (0 to 55 in steps of 5), as epoch ms.
 * Problems go to `errors` (code 9); a minute off the 5-minute grid is code 48 at once.
 */
export function readSchedule(
  values: Record<string, unknown>,
  nowMs: number,
  errors: ElementError[],
  format: ResponseFormat,
): number | undefined {
  const date = textParameter(values.scheduledDeliveryDate);
  if (date === undefined) return undefined;
  const hour = textParameter(values.time);
  const minute = textParameter(values.minute);
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(date);
  const day = Number(match?.[1]);
  const month = Number(match?.[2]);
  const year = Number(match?.[3]);
  const validDate =
    match !== null && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!validDate) errors.push(elementError('scheduledDeliveryDate', 'This value is not a valid date (dd/MM/yyyy).'));
  if (hour === undefined) errors.push(elementError('time', 'The hour is required with scheduledDeliveryDate.'));
  else if (!/^\d{1,2}$/.test(hour) || Number(hour) > 23)
    errors.push(elementError('time', 'The hour must be between 0 and 23.'));
  if (minute === undefined) errors.push(elementError('minute', 'The minute is required with scheduledDeliveryDate.'));
  else if (!/^\d{1,2}$/.test(minute) || Number(minute) > 55 || Number(minute) % 5 !== 0)
    throw smspartnerFailure(48, format);
  if (errors.length > 0 || !validDate || hour === undefined || minute === undefined) return undefined;
  const at = fromLocalDateTime(
    { year, month, day, hour: Number(hour), minute: Number(minute) },
    SMSPARTNER_TIME_ZONE,
  ).getTime();
  if (at <= nowMs) {
    errors.push(elementError('scheduledDeliveryDate', 'The scheduled delivery date must be in the future.'));
    return undefined;
  }
  return at;
}
