import { SmsError } from '../errors/sms-error';
import type { SmsProvider } from '../provider/sms-provider';
import type { SendOperation, SmsStrategy } from './sms-client-types';

/** Builds the strategy function: the order in which providers are tried for one send. */
export function createProviderOrder(strategy: SmsStrategy): (operation: SendOperation, providers: readonly SmsProvider[]) => SmsProvider[] {
  if (strategy === 'failover') return (_operation, providers) => [...providers];
  if (strategy === 'round-robin') {
    let turn = 0;
    return (_operation, providers) => {
      if (providers.length === 0) return [];
      const start = turn++ % providers.length;
      return [...providers.slice(start), ...providers.slice(0, start)];
    };
  }
  if (typeof strategy !== 'function') {
    throw new SmsError(`Unknown strategy ${JSON.stringify(strategy)}: use 'failover', 'round-robin' or a function.`, { code: 'INVALID_INPUT' });
  }
  return (operation, providers) => {
    const chosen = strategy({ operation, providers });
    return chosen.map((choice) => {
      const found = typeof choice === 'string' ? providers.find((provider) => provider.id === choice) : choice;
      if (found === undefined || !providers.includes(found)) {
        const name = typeof choice === 'string' ? choice : choice.id;
        throw new SmsError(`The strategy chose "${name}", which is not one of the providers able to ${operation}: ${providers.map((provider) => provider.id).join(', ') || 'none'}.`, {
          code: 'INVALID_INPUT',
        });
      }
      return found;
    });
  };
}
