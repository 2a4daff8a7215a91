import { formatGatewayDate } from './gateway-dates';

// The instant v2's `account/info` gives as its expiry (2050-01-01 UTC): one account, one expiry.
const ACCOUNT_EXPIRY_MS = Date.UTC(2050, 0, 1);

export function gatewayDateOfAccountExpiry(): string {
  return formatGatewayDate(ACCOUNT_EXPIRY_MS);
}
