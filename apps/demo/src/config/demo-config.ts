import { randomBytes } from 'node:crypto';

/** Which providers the demo talks to and how it is reached. */
export interface DemoConfig {
  /** `simulator` when no provider credential is set: every provider points at the embedded simulator. */
  mode: 'simulator' | 'live';
  host: string;
  /** The app's port; 0 picks a free one. */
  port: number;
  /** The simulator's port in simulator mode; 0 picks a free one. */
  simulatorPort: number;
  /** How providers reach the app's webhooks (live mode needs a public URL). */
  publicUrl?: string;
  /** The secret in the webhook URLs, so only the provider (who was given the URL) can post to them. */
  webhookSecret: string;
  credentials: { ghasedak?: string; smsafzar?: string; smspartner?: string };
}

function port(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value === undefined || value === '' || !Number.isInteger(parsed) ? fallback : parsed;
}

/**
 * Reads the configuration from the environment. With no credentials at all the demo runs on the
 * simulator; with any of GHASEDAK_API_KEY, SMSAFZAR_API_KEY, SMSPARTNER_API_KEY it uses those real providers.
 */
export function readDemoConfig(
  environment: NodeJS.ProcessEnv = process.env,
  defaults: { port?: number; simulatorPort?: number } = {},
): DemoConfig {
  const credentials: DemoConfig['credentials'] = {};
  if (environment.GHASEDAK_API_KEY) credentials.ghasedak = environment.GHASEDAK_API_KEY;
  if (environment.SMSAFZAR_API_KEY) credentials.smsafzar = environment.SMSAFZAR_API_KEY;
  if (environment.SMSPARTNER_API_KEY) credentials.smspartner = environment.SMSPARTNER_API_KEY;
  const config: DemoConfig = {
    mode: Object.keys(credentials).length === 0 ? 'simulator' : 'live',
    host: environment.DEMO_HOST ?? '127.0.0.1',
    port: port(environment.DEMO_PORT, defaults.port ?? 0),
    simulatorPort: port(environment.SIMULATOR_PORT, defaults.simulatorPort ?? 0),
    webhookSecret: environment.DEMO_WEBHOOK_SECRET ?? randomBytes(24).toString('base64url'),
    credentials,
  };
  if (environment.DEMO_PUBLIC_URL) config.publicUrl = environment.DEMO_PUBLIC_URL;
  return config;
}
