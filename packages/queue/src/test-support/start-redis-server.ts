export { startRedisServer, type RedisServer } from '../testing/start-redis-server';
