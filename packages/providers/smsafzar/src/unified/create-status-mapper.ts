import { DELIVERY_STATUSES, SmsError, type DeliveryStatus } from '@sms/core';

/** The only documented value: `1`, seen right after a send (accepted, queued). */
export const SMS_AFZAR_MESSAGE_STATUS_MAP: Readonly<Record<number, DeliveryStatus>> = Object.freeze({ 1: 'queued' });

/** Maps `messageStatus` to a delivery status; `undefined` for values nobody mapped. */
export type StatusMapper = (messageStatus: number | undefined) => DeliveryStatus | undefined;

export function createStatusMapper(
  extra: Readonly<Record<number, DeliveryStatus>> | undefined,
  provider: string,
): StatusMapper {
  const map = new Map<number, DeliveryStatus>();
  for (const [key, status] of Object.entries({ ...SMS_AFZAR_MESSAGE_STATUS_MAP, ...extra })) {
    const value = Number(key);
    if (!Number.isInteger(value) || !DELIVERY_STATUSES.includes(status)) {
      throw new SmsError(
        `messageStatusMap for ${provider} maps ${JSON.stringify(key)} to ${JSON.stringify(status)}; keys must be integers and values one of ${DELIVERY_STATUSES.join(', ')}.`,
        { code: 'INVALID_INPUT', provider },
      );
    }
    map.set(value, status);
  }
  return (messageStatus) => (messageStatus === undefined ? undefined : map.get(messageStatus));
}
