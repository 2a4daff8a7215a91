import type { SimulatorContext } from '../../context/simulator-context';
import type { ProviderRequest } from '../../server/provider-api';
import { smsafzarUnauthorized } from './smsafzar-errors';
import type { TokenIssuer } from './smsafzar-tokens';

const firstHeader = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

/** Accepts `X-Api-Key: <key>` or `Authorization: Bearer <JWT from auth/token>`; 401 otherwise. */
export function authenticateSmsafzar(request: ProviderRequest, context: SimulatorContext, tokens: TokenIssuer): void {
  const apiKey = firstHeader(request.headers['x-api-key'])?.trim();
  if (apiKey !== undefined && apiKey !== '') {
    if (context.settings.apiKeys.smsafzar.includes(apiKey)) return;
    throw smsafzarUnauthorized();
  }
  const authorization = firstHeader(request.headers.authorization)?.trim() ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  const userName = match?.[1] ? tokens.verify(match[1]) : undefined;
  if (userName === undefined || !context.settings.smsafzarAccounts.some((account) => account.userName === userName)) {
    throw smsafzarUnauthorized();
  }
}
