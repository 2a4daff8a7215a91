import { SmsError } from '@sms/core';
import { startRedisServer } from '@sms/queue/testing';

export interface CampaignRedis {
  url: string;
  /** Where it came from, for the first lines the command prints. */
  origin: 'REDIS_URL' | 'redis-server';
  /** Stops the redis-server this started and removes its folder; leaves a REDIS_URL server alone. */
  stop(): Promise<void>;
}

/** No REDIS_URL and no redis-server on PATH: the message says both ways out. */
export class MissingRedisError extends Error {
  constructor(reason: string) {
    super(
      `The campaign needs Redis, and ${reason}. Either install redis-server ` +
        '(Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) so the campaign can start ' +
        'its own on a free port, or point it at a running one: REDIS_URL=redis://127.0.0.1:6379 pnpm campaign',
    );
    this.name = 'MissingRedisError';
  }
}

/**
 * `REDIS_URL` when it is set; otherwise a `redis-server` (`command`, from PATH by default) on a free loopback
 * port, with a temporary folder and no persistence (nothing is left behind); otherwise `MissingRedisError`.
 */
export async function startLocalRedis(
  environment: NodeJS.ProcessEnv = process.env,
  command = 'redis-server',
): Promise<CampaignRedis> {
  if (environment.REDIS_URL) return { url: environment.REDIS_URL, origin: 'REDIS_URL', stop: async () => {} };
  try {
    const server = await startRedisServer({ command });
    return { url: server.url, origin: 'redis-server', stop: () => server.stop() };
  } catch (error) {
    if (SmsError.isInstance(error) && (error.code === 'UNSUPPORTED' || error.code === 'TIMEOUT'))
      throw new MissingRedisError(`REDIS_URL is not set and ${error.message.replace(/^startRedisServer: /, '')}`);
    throw error;
  }
}
