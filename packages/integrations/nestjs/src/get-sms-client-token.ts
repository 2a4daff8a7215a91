import { SmsError } from '@sms/core';

/** The token of the default client (also reachable through the `SmsClient` class token). */
export const SMS_CLIENT = 'SMS_CLIENT';

/**
 * The injection token of a client: `SMS_CLIENT` for the default one, `SMS_CLIENT:<name>` for a client
 * registered with `SmsModule.forRoot({ name })`. Use it with `moduleRef.get(...)` or `@Inject(...)`.
 */
export function getSmsClientToken(name?: string): string {
  return name === undefined ? SMS_CLIENT : `${SMS_CLIENT}:${assertClientName(name)}`;
}

/** An empty or non-string name is almost certainly a configuration mistake, so it fails at startup. */
export function assertClientName(name: unknown): string {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new SmsError(
      `An SMS client name must be a non-empty string (got ${JSON.stringify(name)}); leave \`name\` out for the default client.`,
      {
        code: 'INVALID_INPUT',
      },
    );
  }
  return name;
}
