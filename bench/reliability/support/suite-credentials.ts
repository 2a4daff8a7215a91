// Every credential the reliability suite uses, in one place, so the secrets check can look for each of them
// in everything the suite collects. They are long and distinctive so that a leak cannot go unnoticed and an
// innocent string cannot match by chance.
export const SUITE_CREDENTIALS = {
  ghasedakApiKey: 'rel-ghasedak-key-7f3a9c2e51d04b86',
  smsafzarApiKey: 'rel-smsafzar-key-0c6e2b9d4a1f5378',
  smsafzarUserName: 'rel-smsafzar-user',
  smsafzarPassword: 'rel-smsafzar-pass-9e1b7c3d5f2a4680',
  smsafzarDomain: 'sms.smsafzar',
  smspartnerApiKey: 'rel-smspartner-key-5d8f1a2c7b3e9064',
  /** Keys the simulator does not know, for the wrong-credentials cases: a refused key is still a secret. */
  wrongGhasedakApiKey: 'rel-wrong-ghasedak-3b9e5c1d7f2a8046',
  wrongSmsafzarApiKey: 'rel-wrong-smsafzar-6a2d8f4b1c9e3057',
  wrongSmsafzarPassword: 'rel-wrong-smsafzar-pass-4c7e1a9b',
  wrongSmspartnerApiKey: 'rel-wrong-smspartner-8e4a2c6f0b1d5739',
} as const;

/** The values that must never appear in an error, a log line, a hook payload or a webhook answer. */
export const SUITE_SECRETS: readonly string[] = Object.entries(SUITE_CREDENTIALS)
  .filter(([name]) => name !== 'smsafzarUserName' && name !== 'smsafzarDomain')
  .map(([, value]) => value);

/** Each provider's refused API key, by provider name. */
export const WRONG_API_KEYS = {
  ghasedak: SUITE_CREDENTIALS.wrongGhasedakApiKey,
  smsafzar: SUITE_CREDENTIALS.wrongSmsafzarApiKey,
  smspartner: SUITE_CREDENTIALS.wrongSmspartnerApiKey,
} as const;
