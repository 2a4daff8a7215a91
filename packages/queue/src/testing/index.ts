export { startRedisServer } from './start-redis-server';
export type { RedisServer, StartRedisServerOptions } from './start-redis-server';
