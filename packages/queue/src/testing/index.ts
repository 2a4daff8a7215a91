export { startRedisServer } from './start-redis-server';
export type { RedisServer, RedisServerOptions } from './start-redis-server';
