import { assertClientName } from '../get-sms-client-token';

/** The token of the default testing client's recorder (also reachable through the `SmsRecorder` class token). */
export const SMS_RECORDER = 'SMS_RECORDER';

/** The injection token of the recorder behind `SmsTestingModule.forRoot({ name })`. */
export function getSmsRecorderToken(name?: string): string {
  return name === undefined ? SMS_RECORDER : `${SMS_RECORDER}:${assertClientName(name)}`;
}
