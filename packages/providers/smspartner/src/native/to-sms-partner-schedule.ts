import { SmsError } from '@sms/core';
import { assertSendAt } from '@sms/core/provider-utils';
import type { SmsPartnerRounding } from '../sms-partner-settings';
import { parisWallClock } from './paris-time';

/** SMS Partner schedules on 5-minute steps only. */
export const SMS_PARTNER_SCHEDULE_STEP_MS = 5 * 60_000;

/** The wire fields of a scheduled send, and the instant they stand for. */
export interface SmsPartnerSchedule {
  /** `dd/MM/yyyy` in Paris time. */
  scheduledDeliveryDate: string;
  /** Hour 0–23 in Paris time. */
  time: number;
  /** 0–55 in steps of 5. */
  minute: number;
  /** The instant the message will go out (after rounding). */
  sendAt: Date;
}

export interface SmsPartnerScheduleOptions {
  /** `'up'`: move a time off the grid to the next step instead of failing. */
  round?: SmsPartnerRounding;
  /** The provider id put on errors. Default `smspartner`. */
  provider?: string;
  /** For tests: the current time in milliseconds. */
  now?: number;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * Turns a `sendAt` into SMS Partner's `scheduledDeliveryDate` (dd/MM/yyyy), `time` and `minute`, in
 * Europe/Paris time (the documents do not name the zone; SMS Partner is a French service). A time that is
 * not on a 5-minute step (with zero seconds) fails with `INVALID_INPUT`, unless `round: 'up'`.
 */
export function toSmsPartnerSchedule(sendAt: Date, options: SmsPartnerScheduleOptions = {}): SmsPartnerSchedule {
  const provider = options.provider ?? 'smspartner';
  const time = assertSendAt(sendAt, provider, options.now);
  let instant = time;
  if (time % SMS_PARTNER_SCHEDULE_STEP_MS !== 0) {
    // Paris is a whole number of hours from UTC, so a step in UTC is a step in Paris time too.
    const next = Math.ceil(time / SMS_PARTNER_SCHEDULE_STEP_MS) * SMS_PARTNER_SCHEDULE_STEP_MS;
    if (options.round !== 'up') {
      const clock = parisWallClock(time);
      const nextClock = parisWallClock(next);
      throw new SmsError(
        `SMS Partner schedules only on 5-minute steps (…:00, …:05, …:10) with no seconds; sendAt ${sendAt.toISOString()} ` +
          `(${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)} in Paris) is not on a step. Pass a time on a step, ` +
          `or providerOptions.smspartner.roundSendAt: 'up' to send at ${pad(nextClock.hour)}:${pad(nextClock.minute)}. Nothing was sent.`,
        { code: 'INVALID_INPUT', provider },
      );
    }
    instant = next;
  }
  const clock = parisWallClock(instant);
  return {
    scheduledDeliveryDate: `${pad(clock.day)}/${pad(clock.month)}/${clock.year}`,
    time: clock.hour,
    minute: clock.minute,
    sendAt: new Date(instant),
  };
}
