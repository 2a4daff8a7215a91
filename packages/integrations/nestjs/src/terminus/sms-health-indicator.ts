import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { SmsError, type SmsClient, type SmsProvider } from '@sms/core';
import { getSmsClientToken } from '../get-sms-client-token';

export interface SmsHealthCheckOptions {
  /** The client registered with `SmsModule.forRoot({ name })`; the default client when left out. */
  clientName?: string;
  /** How long each balance call may take before that provider is reported down. Default 5000. */
  timeoutMs?: number;
  /** `all` (default): down when any provider is down. `any`: up while one provider is up (a failover setup). */
  require?: 'all' | 'any';
  /** Per provider id, the balance under which the provider is reported down (in that provider's unit). */
  minimumBalance?: Readonly<Record<string, number>>;
}

/** One provider's state in the health details. Only ids, amounts, error codes and safe messages: never a credential. */
export type SmsProviderHealth =
  | { status: 'up'; balance: number; currency?: string }
  | { status: 'up'; balance: 'unsupported' }
  | { status: 'down'; code: string; message: string; balance?: number; currency?: string };

export interface SmsHealthDetails {
  providers: Record<string, SmsProviderHealth>;
  [key: string]: unknown;
}

const DEFAULT_TIMEOUT_MS = 5000;

/**
 * A `@nestjs/terminus` health indicator: each provider of a client is up when its balance call answers and
 * down when it fails. Provide it in a module that imports `TerminusModule`.
 */
@Injectable()
export class SmsHealthIndicator {
  constructor(
    @Inject(HealthIndicatorService) private readonly healthIndicatorService: HealthIndicatorService,
    @Inject(ModuleRef) private readonly moduleRef: ModuleRef,
  ) {}

  async isHealthy<const Key extends string>(
    key: Key,
    options: SmsHealthCheckOptions = {},
  ): Promise<HealthIndicatorResult<Key>> {
    const indicator = this.healthIndicatorService.check(key);
    const client = this.findClient(options.clientName);
    if (client === undefined) {
      const registration =
        options.clientName === undefined
          ? 'SmsModule.forRoot(...)'
          : `SmsModule.forRoot({ name: '${options.clientName}', ... })`;
      return indicator.down({
        message: `No SMS client is registered under ${getSmsClientToken(options.clientName)}; import ${registration} where this indicator can see it.`,
      });
    }
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const states = await Promise.all(
      client.providers.map(
        async (provider) =>
          [provider.id, await checkProvider(provider, timeoutMs, options.minimumBalance?.[provider.id])] as const,
      ),
    );
    const details: SmsHealthDetails = { providers: Object.fromEntries(states) };
    const upCount = states.filter(([, state]) => state.status === 'up').length;
    const healthy = options.require === 'any' ? upCount > 0 : upCount === states.length;
    return healthy ? indicator.up(details) : indicator.down(details);
  }

  private findClient(name: string | undefined): SmsClient | undefined {
    try {
      return this.moduleRef.get<SmsClient>(getSmsClientToken(name), { strict: false });
    } catch {
      return undefined;
    }
  }
}

async function checkProvider(
  provider: SmsProvider,
  timeoutMs: number,
  minimumBalance: number | undefined,
): Promise<SmsProviderHealth> {
  if (provider.getBalance === undefined || !provider.capabilities.balance)
    return { status: 'up', balance: 'unsupported' };
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new SmsError(`${provider.id} did not answer the balance call within ${timeoutMs} ms.`, {
        code: 'TIMEOUT',
        provider: provider.id,
      });
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    // The race guards against a provider that ignores its signal: a health check must never hang.
    const balance = await Promise.race([provider.getBalance({ signal: controller.signal, timeoutMs }), timeout]);
    const currency = balance.currency === undefined ? {} : { currency: balance.currency };
    if (minimumBalance !== undefined && balance.amount < minimumBalance) {
      return {
        status: 'down',
        code: 'INSUFFICIENT_CREDIT',
        message: `The balance ${balance.amount} is below the minimum ${minimumBalance}.`,
        balance: balance.amount,
        ...currency,
      };
    }
    return { status: 'up', balance: balance.amount, ...currency };
  } catch (error) {
    return describeFailure(provider, error);
  } finally {
    clearTimeout(timer);
  }
}

/** SmsError messages are redacted by contract; anything else may carry a URL or key, so only its kind is kept. */
function describeFailure(provider: SmsProvider, error: unknown): SmsProviderHealth {
  if (SmsError.isInstance(error)) return { status: 'down', code: error.code, message: error.message };
  const kind = error instanceof Error ? error.name : typeof error;
  return {
    status: 'down',
    code: 'PROVIDER_ERROR',
    message: `${provider.id} failed the balance call with an unexpected ${kind}.`,
  };
}
