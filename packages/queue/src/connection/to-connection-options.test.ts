import { SmsError } from '@sms/core';
import { describe, expect, it } from 'vitest';
import { toConnectionOptions } from './to-connection-options';

describe('toConnectionOptions', () => {
  it('reads a Redis URL into BullMQ connection options', () => {
    expect(toConnectionOptions('redis://127.0.0.1:6380', 'test')).toEqual({ host: '127.0.0.1', port: 6380 });
    expect(toConnectionOptions('rediss://me:p%40ss@redis.example:6390/2', 'test')).toEqual({
      host: 'redis.example',
      port: 6390,
      username: 'me',
      password: 'p@ss',
      db: 2,
      tls: {},
    });
    expect(toConnectionOptions('redis://cache', 'test')).toEqual({ host: 'cache', port: 6379 });
  });

  it('passes BullMQ options through as they are', () => {
    const options = { host: 'cache', port: 7000, maxRetriesPerRequest: null };
    expect(toConnectionOptions(options, 'test')).toBe(options);
  });

  it('refuses what is not a Redis URL, without repeating the password', () => {
    for (const connection of ['not a url', 'http://me:secret@cache:6379', 42 as never]) {
      let caught: unknown;
      try {
        toConnectionOptions(connection, 'createSmsQueue');
      } catch (error) {
        caught = error;
      }
      expect(SmsError.isInstance(caught) && caught.code === 'INVALID_INPUT').toBe(true);
      expect((caught as Error).message).not.toContain('secret');
    }
  });
});
