import 'reflect-metadata';
import { Inject, Injectable, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { SmsError, type SmsClient as CoreSmsClient } from '@sms/core';
import { createMemoryProvider, type MemoryProvider } from '@sms/core/testing';
import { describe, expect, it } from 'vitest';
import {
  InjectSms,
  SMS_CLIENT,
  SMS_MODULE_OPTIONS,
  SmsClient,
  SmsModule,
  getSmsClientToken,
  type SmsModuleOptions,
  type SmsOptionsFactory,
} from './index';
import { useTestingModules } from './test-support/use-testing-modules';

const { compile, track } = useTestingModules();

describe('SmsModule.forRoot', () => {
  it('provides the client under the SmsClient class and SMS_CLIENT, built from the options', async () => {
    const memory = createMemoryProvider();
    const moduleRef = await compile({ imports: [SmsModule.forRoot({ providers: [memory] })] });

    const client = moduleRef.get(SmsClient);
    expect(moduleRef.get(SMS_CLIENT)).toBe(client);
    expect(moduleRef.get(getSmsClientToken())).toBe(client);
    expect(client.providers).toEqual([memory]);

    const result = await client.send({ to: '09121234567', text: 'Hello' });
    expect(result.messages).toEqual([{ to: '+989121234567', id: 'memory-1', status: 'sent', segments: 1 }]);
    expect(memory.messages.map((message) => [message.to, message.text])).toEqual([['+989121234567', 'Hello']]);
  });

  it('provides the options under SMS_MODULE_OPTIONS without the module extras', async () => {
    const memory = createMemoryProvider();
    const moduleRef = await compile({
      imports: [SmsModule.forRoot({ providers: [memory], failover: 'never', isGlobal: false })],
    });

    expect(SMS_MODULE_OPTIONS).toBe('SMS_MODULE_OPTIONS');
    expect(moduleRef.get(SMS_MODULE_OPTIONS)).toEqual({ providers: [memory], failover: 'never' });
  });

  it('passes strategy, templates, hooks and defaultCountry through to the client', async () => {
    const first = createMemoryProvider({ id: 'first' });
    const second = createMemoryProvider({ id: 'second' });
    const sent: string[] = [];
    const moduleRef = await compile({
      imports: [
        SmsModule.forRoot({
          providers: [first, second],
          strategy: () => ['second', 'first'],
          defaultCountry: 'FR',
          templates: { welcome: { text: 'Welcome {name}' } },
          hooks: { onSent: (event) => void sent.push(event.provider) },
        }),
      ],
    });
    const client = moduleRef.get(SmsClient);

    await client.send({ to: '06 12 34 56 78', text: 'Bonjour' });
    await client.sendTemplate({ to: '06 12 34 56 78', template: 'welcome', params: { name: 'Ada' } });

    expect(second.messages.map((message) => [message.to, message.text])).toEqual([
      ['+33612345678', 'Bonjour'],
      ['+33612345678', 'Welcome Ada'],
    ]);
    expect(first.messages).toEqual([]);
    expect(sent).toEqual(['second', 'second']);
  });

  it('fails at startup with INVALID_INPUT when no provider is given', async () => {
    await expect(compile({ imports: [SmsModule.forRoot({ providers: [] })] })).rejects.toMatchObject({
      name: 'SmsError',
      code: 'INVALID_INPUT',
    });
  });

  it('rejects an empty client name when the module is declared', () => {
    expect(() => SmsModule.forRoot({ name: ' ', providers: [createMemoryProvider()] })).toThrow(SmsError);
    expect(() => getSmsClientToken('')).toThrow(/non-empty string/);
  });
});

describe('SmsModule.forRootAsync', () => {
  it('builds the options with useFactory and inject from ConfigService', async () => {
    const memory = createMemoryProvider();
    const moduleRef = await compile({
      imports: [
        SmsModule.forRootAsync({
          imports: [ConfigModule.forRoot({ ignoreEnvFile: true, load: [() => ({ SMS_DEFAULT_COUNTRY: 'FR' })] })],
          inject: [ConfigService],
          useFactory: (config: ConfigService): SmsModuleOptions => ({
            providers: [memory],
            defaultCountry: config.getOrThrow('SMS_DEFAULT_COUNTRY'),
          }),
        }),
      ],
    });

    await moduleRef.get(SmsClient).send({ to: '0612345678', text: 'Config' });

    expect(memory.messages.map((message) => message.to)).toEqual(['+33612345678']);
    expect(moduleRef.get(SMS_MODULE_OPTIONS)).toEqual({ providers: [memory], defaultCountry: 'FR' });
  });

  it('builds the options with useClass (createSmsOptions), resolving the class dependencies from imports', async () => {
    const memory = createMemoryProvider({ id: 'from-class' });

    @Injectable()
    class SmsConfigService implements SmsOptionsFactory {
      constructor(@Inject(ConfigService) private readonly config: ConfigService) {}

      createSmsOptions(): SmsModuleOptions {
        return { providers: [memory], failover: this.config.getOrThrow('SMS_FAILOVER') };
      }
    }

    const moduleRef = await compile({
      imports: [
        SmsModule.forRootAsync({
          imports: [ConfigModule.forRoot({ ignoreEnvFile: true, load: [() => ({ SMS_FAILOVER: 'never' })] })],
          useClass: SmsConfigService,
        }),
      ],
    });

    expect(moduleRef.get(SMS_MODULE_OPTIONS)).toEqual({ providers: [memory], failover: 'never' });
    await moduleRef.get(SmsClient).send({ to: '09121234567', text: 'Class' });
    expect(memory.messages).toHaveLength(1);
  });

  it('builds the options with useExisting from a provider another module exports', async () => {
    const memory = createMemoryProvider({ id: 'existing' });

    @Injectable()
    class SharedSmsOptions implements SmsOptionsFactory {
      created = 0;
      async createSmsOptions(): Promise<SmsModuleOptions> {
        this.created += 1;
        return { providers: [memory] };
      }
    }

    @Module({ providers: [SharedSmsOptions], exports: [SharedSmsOptions] })
    class SharedOptionsModule {}

    const moduleRef = await compile({
      imports: [
        SharedOptionsModule,
        SmsModule.forRootAsync({ imports: [SharedOptionsModule], useExisting: SharedSmsOptions }),
      ],
    });

    expect(moduleRef.get(SmsClient).providers).toEqual([memory]);
    // useExisting reuses the one instance of the imported module instead of creating a second.
    expect(moduleRef.get(SharedSmsOptions).created).toBe(1);
  });
});

describe('named clients', () => {
  it('live side by side with the default client, each under its own token', async () => {
    const main = createMemoryProvider({ id: 'main' });
    const marketing = createMemoryProvider({ id: 'marketing' });
    const alerts = createMemoryProvider({ id: 'alerts' });
    const moduleRef = await compile({
      imports: [
        SmsModule.forRoot({ name: 'marketing', providers: [marketing] }),
        SmsModule.forRoot({ providers: [main] }),
        SmsModule.forRootAsync({ name: 'alerts', useFactory: () => ({ providers: [alerts] }) }),
      ],
    });

    const defaultClient = moduleRef.get(SmsClient);
    const marketingClient = moduleRef.get<CoreSmsClient>(getSmsClientToken('marketing'));
    const alertsClient = moduleRef.get<CoreSmsClient>(getSmsClientToken('alerts'));
    expect(defaultClient.providers).toEqual([main]);
    expect(moduleRef.get(SMS_CLIENT)).toBe(defaultClient);
    expect(marketingClient.providers).toEqual([marketing]);
    expect(alertsClient.providers).toEqual([alerts]);
    expect(getSmsClientToken('marketing')).toBe('SMS_CLIENT:marketing');

    await marketingClient.send({ to: '09121234567', text: 'Sale' });
    await defaultClient.send({ to: '09121234567', text: 'Receipt' });
    expect(marketing.messages.map((message) => message.text)).toEqual(['Sale']);
    expect(main.messages.map((message) => message.text)).toEqual(['Receipt']);
    expect(alerts.messages).toEqual([]);
  });

  it('a named registration never provides the SmsClient class token', async () => {
    const moduleRef = await compile({
      imports: [SmsModule.forRoot({ name: 'marketing', providers: [createMemoryProvider()] })],
    });

    expect(() => moduleRef.get(SmsClient)).toThrow();
    expect(() => moduleRef.get(SMS_CLIENT)).toThrow();
    expect(moduleRef.get<CoreSmsClient>(getSmsClientToken('marketing')).providers).toHaveLength(1);
  });

  it('keeps the default client whichever order the registrations come in', async () => {
    const main = createMemoryProvider({ id: 'main' });
    const moduleRef = await compile({
      imports: [
        SmsModule.forRoot({ providers: [main] }),
        SmsModule.forRoot({ name: 'marketing', providers: [createMemoryProvider({ id: 'marketing' })] }),
      ],
    });

    expect(moduleRef.get(SmsClient).providers).toEqual([main]);
  });
});

describe('injection', () => {
  it('injects by the SmsClient class type (no decorator) and with @InjectSms()', async () => {
    const main = createMemoryProvider({ id: 'main' });
    const marketing = createMemoryProvider({ id: 'marketing' });

    @Injectable()
    class ByClass {
      constructor(readonly sms: SmsClient) {}
    }

    @Injectable()
    class ByDecorator {
      constructor(
        @InjectSms() readonly sms: SmsClient,
        @InjectSms('marketing') readonly marketing: SmsClient,
      ) {}
    }

    @Injectable()
    class ByProperty {
      @InjectSms('marketing') readonly marketing!: SmsClient;
    }

    const moduleRef = await compile({
      imports: [
        SmsModule.forRoot({ providers: [main] }),
        SmsModule.forRoot({ name: 'marketing', providers: [marketing] }),
      ],
      providers: [ByClass, ByDecorator, ByProperty],
    });

    const client = moduleRef.get(SmsClient);
    expect(moduleRef.get(ByClass).sms).toBe(client);
    expect(moduleRef.get(ByDecorator).sms).toBe(client);
    expect(moduleRef.get(ByDecorator).marketing.providers).toEqual([marketing]);
    expect(moduleRef.get(ByProperty).marketing).toBe(moduleRef.get(getSmsClientToken('marketing')));
  });
});

describe('isGlobal', () => {
  @Injectable()
  class Notifier {
    constructor(@InjectSms() readonly sms: SmsClient) {}
  }

  @Module({ providers: [Notifier], exports: [Notifier] })
  class FeatureModule {}

  it('makes the client visible to modules that do not import SmsModule', async () => {
    const memory = createMemoryProvider();
    const moduleRef = await compile({
      imports: [SmsModule.forRoot({ providers: [memory], isGlobal: true }), FeatureModule],
    });

    await moduleRef.get(Notifier).sms.send({ to: '09121234567', text: 'Global' });
    expect(memory.messages).toHaveLength(1);
  });

  it('works for forRootAsync and named clients', async () => {
    @Injectable()
    class MarketingNotifier {
      constructor(@InjectSms('marketing') readonly sms: SmsClient) {}
    }

    @Module({ providers: [MarketingNotifier] })
    class MarketingModule {}

    const memory = createMemoryProvider();
    const moduleRef = await compile({
      imports: [
        SmsModule.forRootAsync({ name: 'marketing', isGlobal: true, useFactory: () => ({ providers: [memory] }) }),
        MarketingModule,
      ],
    });

    expect(moduleRef.get(MarketingNotifier, { strict: false }).sms.providers).toEqual([memory]);
  });

  it('is off by default: a module that does not import SmsModule cannot inject the client', async () => {
    await expect(
      compile({ imports: [SmsModule.forRoot({ providers: [createMemoryProvider()] }), FeatureModule] }),
    ).rejects.toThrow(/SMS_CLIENT/);
  });
});

describe('shutdown', () => {
  it('closes every client when the application closes', async () => {
    const main = createMemoryProvider({ id: 'main' });
    const marketing = createMemoryProvider({ id: 'marketing' });
    const asynchronous = createMemoryProvider({ id: 'asynchronous' });
    const moduleRef = await Test.createTestingModule({
      imports: [
        SmsModule.forRoot({ providers: [main] }),
        SmsModule.forRoot({ name: 'marketing', providers: [marketing] }),
        SmsModule.forRootAsync({ name: 'asynchronous', useFactory: async () => ({ providers: [asynchronous] }) }),
      ],
    }).compile();
    const app = moduleRef.createNestApplication();
    await app.init();
    expect([main.closed, marketing.closed, asynchronous.closed]).toEqual([false, false, false]);

    await app.close();

    expect([main.closed, marketing.closed, asynchronous.closed]).toEqual([true, true, true]);
    await expect(moduleRef.get(SmsClient).send({ to: '09121234567', text: 'Too late' })).rejects.toMatchObject({
      code: 'NETWORK',
      outcome: 'not-sent',
    });
  });

  it('closes the client when a standalone testing module closes', async () => {
    const memory = createMemoryProvider();
    const moduleRef = await Test.createTestingModule({
      imports: [SmsModule.forRoot({ providers: [memory] })],
    }).compile();

    await moduleRef.close();

    expect(memory.closed).toBe(true);
  });
});

describe('in an application test', () => {
  it('lets a test replace the providers of the real registration through SMS_MODULE_OPTIONS', async () => {
    const real = createMemoryProvider({ id: 'real' });

    @Module({ imports: [SmsModule.forRoot({ providers: [real], defaultCountry: 'IR' })] })
    class AppModule {}

    const fake: MemoryProvider = createMemoryProvider({ id: 'fake' });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(SMS_MODULE_OPTIONS)
      .useValue({ providers: [fake] })
      .compile();
    track(moduleRef);

    await moduleRef.get(SmsClient).send({ to: '09121234567', text: 'Overridden' });

    expect(fake.messages.map((message) => message.text)).toEqual(['Overridden']);
    expect(real.messages).toEqual([]);
  });
});
