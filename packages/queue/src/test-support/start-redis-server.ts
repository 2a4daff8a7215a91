export { startRedisServer, type RedisServer, type RedisServerOptions } from '../testing/start-redis-server';
