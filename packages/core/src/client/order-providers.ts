import { SmsError } from '../errors/sms-error';
import type { SmsProvider } from '../provider/sms-provider';
import { describeValue } from '../validation/describe-value';
import type { SendOperation, SmsStrategy } from './sms-client-types';

/** Builds the strategy function: the order in which providers are tried for one send. */
export function createProviderOrder(
  strategy: SmsStrategy,
): (operation: SendOperation, providers: readonly SmsProvider[]) => SmsProvider[] {
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
    throw new SmsError(`Unknown strategy ${describeValue(strategy)}: use 'failover', 'round-robin' or a function.`, {
      code: 'INVALID_INPUT',
    });
  }
  return (operation, providers) => {
    let chosen: unknown;
    try {
      chosen = strategy({ operation, providers });
    } catch (error) {
      throw new SmsError(
        `The strategy function threw before any provider was called: ${error instanceof Error ? error.message : describeValue(error)}. Nothing was sent.`,
        {
          code: 'INVALID_INPUT',
          cause: error,
        },
      );
    }
    if (!Array.isArray(chosen)) {
      throw new SmsError(
        `The strategy function returned ${describeValue(chosen)}; it must return a list of provider ids or providers.`,
        { code: 'INVALID_INPUT' },
      );
    }
    // Array.from, unlike map, also visits the holes of a sparse list, so that each is refused like any other non-provider.
    return Array.from(chosen as unknown[], (choice: unknown) => {
      const found =
        typeof choice === 'string'
          ? providers.find((provider) => provider.id === choice)
          : providers.find((provider) => provider === choice);
      if (found === undefined) {
        const name =
          typeof choice === 'string'
            ? choice
            : typeof (choice as SmsProvider | null)?.id === 'string'
              ? (choice as SmsProvider).id
              : describeValue(choice);
        throw new SmsError(
          `The strategy chose "${name}", which is not one of the providers able to ${operation}: ${providers.map((provider) => provider.id).join(', ') || 'none'}.`,
          {
            code: 'INVALID_INPUT',
          },
        );
      }
      return found;
    });
  };
}
