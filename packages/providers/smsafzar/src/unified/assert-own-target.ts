import { SmsError, type ResolvedTarget } from '@sms/core';

/** Refuses a `SendResult` another provider returned: its ids mean nothing to this one. */
export function assertOwnTarget(resolved: ResolvedTarget, provider: string): void {
  if (resolved.provider === undefined || resolved.provider === provider) return;
  throw new SmsError(`This SendResult came from ${resolved.provider}, not ${provider}; pass it to that provider.`, { code: 'INVALID_INPUT', provider });
}
