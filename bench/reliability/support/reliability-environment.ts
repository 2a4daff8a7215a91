import { SmsError, type SmsProvider } from '@sms/core';
import { createGhasedak, type GhasedakProvider } from '@sms/ghasedak';
import { startSimulator } from '@sms/simulator';
import { createSmsAfzar, type SmsAfzarProvider } from '@sms/smsafzar';
import { createSmsPartner, type SmsPartnerProvider } from '@sms/smspartner';
import { collect } from './collected-evidence';
import { startCountingProxy, type CountingProxy } from './start-counting-proxy';
import { SUITE_CREDENTIALS } from './suite-credentials';

export type Simulator = Awaited<ReturnType<typeof startSimulator>>;
export type SimulatorOptions = NonNullable<Parameters<typeof startSimulator>[0]>;
export type ProviderName = 'ghasedak' | 'smsafzar' | 'smspartner';
export type SimulatedMessage = ReturnType<Simulator['messages']>[number];

export const PROVIDER_NAMES: readonly ProviderName[] = ['ghasedak', 'smsafzar', 'smspartner'];

export interface ProviderTypes {
  ghasedak: GhasedakProvider;
  smsafzar: SmsAfzarProvider;
  smspartner: SmsPartnerProvider;
}

export interface ProviderOverrides {
  apiKey?: string;
  timeoutMs?: number;
  id?: string;
  /** SMSAfzar only: authenticate with a JWT from `auth/token` instead of the API key. */
  jwt?: { userName: string; password: string; domain: string };
  /** SMS Partner only. */
  urlDlr?: string;
  /** SMS Partner only. */
  urlResponse?: string;
}

/** A recipient in E.164 that each provider accepts: Iranian mobiles for the Iranian providers, French for SMS Partner. */
export function recipientFor(provider: ProviderName, index: number): string {
  const serial = String(index % 1_000_000).padStart(6, '0');
  return provider === 'smspartner' ? `+33612${serial}` : `+98912${String(index % 10_000_000).padStart(7, '0')}`;
}

/** The recipient of a simulated message in E.164: the Iranian providers carry national numbers on the wire. */
export function recordedRecipient(message: SimulatedMessage): string {
  const recipient = message.recipient;
  if (recipient.startsWith('+')) return recipient;
  if (recipient.startsWith('0098')) return `+${recipient.slice(2)}`;
  if (recipient.startsWith('98')) return `+${recipient}`;
  if (recipient.startsWith('0')) return `+98${recipient.slice(1)}`;
  return recipient;
}

export interface ReliabilityEnvironment {
  simulator: Simulator;
  /** Every provider request goes through this proxy, which counts the client's sockets. */
  proxy: CountingProxy;
  baseUrl(provider: ProviderName): string;
  create<Name extends ProviderName>(provider: Name, overrides?: ProviderOverrides): ProviderTypes[Name];
  /** Closes every provider created here, then checks nothing is left open, then stops the proxy and simulator. */
  close(): Promise<{ socketsLeftOpen: number; socketsOpened: number }>;
}

/** Starts the simulator with the suite's credentials behind a counting proxy. */
export async function startReliabilityEnvironment(options: SimulatorOptions = {}): Promise<ReliabilityEnvironment> {
  const simulator = await startSimulator({
    apiKeys: {
      ghasedak: [SUITE_CREDENTIALS.ghasedakApiKey],
      smsafzar: [SUITE_CREDENTIALS.smsafzarApiKey],
      smspartner: [SUITE_CREDENTIALS.smspartnerApiKey],
    },
    smsafzarAccounts: [
      {
        userName: SUITE_CREDENTIALS.smsafzarUserName,
        password: SUITE_CREDENTIALS.smsafzarPassword,
        domain: SUITE_CREDENTIALS.smsafzarDomain,
      },
    ],
    ...options,
  });
  const proxy = await startCountingProxy(simulator.url);
  const created: SmsProvider[] = [];
  const baseUrl = (provider: ProviderName) => simulator.baseUrls[provider].replace(simulator.url, proxy.url);

  const create = <Name extends ProviderName>(
    provider: Name,
    overrides: ProviderOverrides = {},
  ): ProviderTypes[Name] => {
    const common = {
      baseUrl: baseUrl(provider),
      timeoutMs: overrides.timeoutMs ?? 15_000,
      ...(overrides.id === undefined ? {} : { id: overrides.id }),
    };
    let instance: SmsProvider;
    if (provider === 'ghasedak') {
      instance = createGhasedak({
        ...common,
        apiKey: overrides.apiKey ?? SUITE_CREDENTIALS.ghasedakApiKey,
        lineNumber: '10008566',
      });
    } else if (provider === 'smsafzar') {
      instance =
        overrides.jwt === undefined
          ? createSmsAfzar({
              ...common,
              apiKey: overrides.apiKey ?? SUITE_CREDENTIALS.smsafzarApiKey,
              senderNumber: '10001000',
            })
          : createSmsAfzar({ ...common, ...overrides.jwt, senderNumber: '10001000' });
    } else {
      instance = createSmsPartner({
        ...common,
        apiKey: overrides.apiKey ?? SUITE_CREDENTIALS.smspartnerApiKey,
        sender: 'Reliable',
        ...(overrides.urlDlr === undefined ? {} : { urlDlr: overrides.urlDlr }),
        ...(overrides.urlResponse === undefined ? {} : { urlResponse: overrides.urlResponse }),
      });
    }
    created.push(instance);
    return instance as ProviderTypes[Name];
  };

  return {
    simulator,
    proxy,
    baseUrl,
    create,
    async close() {
      await Promise.all(created.map((provider) => provider.close()));
      const socketsLeftOpen = await proxy.settle();
      const socketsOpened = proxy.opened();
      await proxy.close();
      await simulator.close();
      return { socketsLeftOpen, socketsOpened };
    },
  };
}

/** Runs `call` and returns what it threw, collected for the secrets check; fails if it did not throw an SmsError. */
export async function failureOf(label: string, call: () => Promise<unknown>): Promise<SmsError> {
  let thrown: unknown;
  try {
    await call();
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined) throw new Error(`${label}: expected a failure, but the call succeeded`);
  collect(label, thrown);
  if (!SmsError.isInstance(thrown))
    throw new Error(`${label}: expected an SmsError, got ${String(thrown)}`, { cause: thrown });
  return thrown;
}

/** Runs `call` and returns its value or its error (collected for the secrets check). */
export async function settle<Value>(
  label: string,
  call: () => Promise<Value>,
): Promise<{ value: Value; error?: undefined } | { value?: undefined; error: unknown }> {
  try {
    return { value: await call() };
  } catch (error) {
    collect(label, error);
    return { error };
  }
}
