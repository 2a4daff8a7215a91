import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { SmsClient } from '@sms/core';
import { SMS_CLIENT } from '@sms/nestjs';
import { startSimulator, type Simulator } from '@sms/simulator';
import express from 'express';
import { AppModule } from './app/app-module';
import { DemoActivity } from './app/demo-activity';
import { findFreePort } from './config/find-free-port';
import { readDemoConfig, type DemoConfig } from './config/demo-config';
import { mountExpressRoutes } from './http/mount-express-routes';
import type { DemoProviderSettings } from './sms/demo-provider-settings';

export interface DemoApp {
  config: DemoConfig;
  /** The app's own URL. */
  url: string;
  /** The embedded simulator (simulator mode only): its URL is the inbox page. */
  simulator?: Simulator;
  client: SmsClient;
  activity: DemoActivity;
  close(): Promise<void>;
}

export interface CreateDemoAppOptions {
  config?: DemoConfig;
  /** Nest's own log lines; off by default so the tour's table stays readable. */
  logs?: boolean;
  /** How long the simulator waits before a sent message is delivered. */
  deliveryDelayMs?: number;
}

function providerSettings(config: DemoConfig, simulator: Simulator | undefined, appUrl: string): DemoProviderSettings {
  // Receipts to the Nest webhook controller, replies to the Express webhook router: both integrations in use.
  const receipts = `${config.publicUrl ?? appUrl}/webhooks/smspartner/${config.webhookSecret}`;
  const replies = `${config.publicUrl ?? appUrl}/express/webhooks/smspartner/${config.webhookSecret}`;
  if (simulator !== undefined) {
    return {
      ghasedak: {
        apiKey: simulator.credentials.ghasedak.apiKey,
        baseUrl: simulator.baseUrls.ghasedak,
        lineNumber: '10008566',
      },
      // SMSAfzar documents only messageStatus 1; the simulator's other values are its own convention, so the
      // demo tells the provider about them (a real account would map the values its provider confirms).
      smsafzar: {
        apiKey: simulator.credentials.smsafzar.apiKey,
        baseUrl: simulator.baseUrls.smsafzar,
        senderNumber: '10001000',
        messageStatusMap: { 2: 'sent', 3: 'delivered', 4: 'failed', 5: 'scheduled', 6: 'canceled' },
      },
      smspartner: {
        apiKey: simulator.credentials.smspartner.apiKey,
        baseUrl: simulator.baseUrls.smspartner,
        sender: 'DemoShop',
        urlDlr: receipts,
        urlResponse: replies,
      },
    };
  }
  const settings: DemoProviderSettings = {};
  if (config.credentials.ghasedak) settings.ghasedak = { apiKey: config.credentials.ghasedak };
  if (config.credentials.smsafzar) settings.smsafzar = { apiKey: config.credentials.smsafzar };
  if (config.credentials.smspartner)
    settings.smspartner = { apiKey: config.credentials.smspartner, urlDlr: receipts, urlResponse: replies };
  return settings;
}

/**
 * Starts the demo: the simulator when no credentials are set, then the Nest app (with the Express routes
 * mounted on the same server) listening on loopback.
 */
export async function createDemoApp(options: CreateDemoAppOptions = {}): Promise<DemoApp> {
  const config = options.config ?? readDemoConfig();
  const simulator =
    config.mode === 'simulator'
      ? await startSimulator({
          port: config.simulatorPort,
          host: config.host,
          deliveryDelayMs: options.deliveryDelayMs ?? 300,
        })
      : undefined;
  try {
    const port = config.port === 0 ? await findFreePort(config.host) : config.port;
    const url = `http://${config.host}:${port}`;
    const activity = new DemoActivity();
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.register({
        providerSettings: providerSettings(config, simulator, url),
        activity,
        webhookSecret: config.webhookSecret,
      }),
      {
        logger: options.logs === true ? ['log', 'warn', 'error'] : false,
        bodyParser: false,
      },
    );
    const client = app.get<SmsClient>(SMS_CLIENT);
    const server = app.getHttpAdapter().getInstance() as express.Express;
    // Nest's controllers read JSON (the webhook controller form fields too); the Express routes below mount
    // the parsers they need themselves.
    server.use('/api', express.json({ limit: '2mb' }));
    server.use('/webhooks', express.json(), express.urlencoded({ extended: false }));
    mountExpressRoutes(server, { client, activity, webhookSecret: config.webhookSecret });
    await app.listen(port, config.host);
    const demo: DemoApp = {
      config: { ...config, port },
      url,
      client,
      activity,
      async close() {
        await app.close();
        await simulator?.close();
      },
    };
    if (simulator !== undefined) demo.simulator = simulator;
    return demo;
  } catch (error) {
    await simulator?.close();
    throw error;
  }
}
