import { runLuaScript } from '../redis/run-lua-script';
import type { MessageRedis } from './message-redis';

export interface MessageScript {
  name: string;
  lua: string;
}

// Keys are built inside the scripts from the base passed in ARGV, so a script works on one Redis server (or a
// cluster whose BullMQ prefix is a hash tag, which puts every key of the queue on one slot).

/**
 * ARGV: base, retention seconds, now (ms), `{ common, records }` as JSON: `common` holds the fields every record
 * of the job shares (sent once), each record its own. Writes each record once, with its indexes; each index
 * key's expiry is set once.
 */
export const RECORD_MESSAGES: MessageScript = {
  name: 'smsRecordMessages',
  lua: `
local base, ttl, now = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local payload = cjson.decode(ARGV[4])
local common = payload.common
local jobId = common.jobId
local written = 0
local touched = {}
local function index(indexKey, score, key)
  redis.call('ZADD', indexKey, score, key)
  touched[indexKey] = true
end
for _, fields in ipairs(payload.records) do
  local key = base .. ':record:' .. jobId .. ':' .. fields.index
  -- A record is written once: a delivery report may already have moved it on.
  if redis.call('EXISTS', key) == 0 then
    local flat = {}
    for field, value in pairs(common) do
      flat[#flat + 1] = field
      flat[#flat + 1] = value
    end
    for field, value in pairs(fields) do
      flat[#flat + 1] = field
      flat[#flat + 1] = value
    end
    redis.call('HSET', key, unpack(flat))
    redis.call('EXPIRE', key, ttl)
    index(base .. ':by-job:' .. jobId, tonumber(fields.index), key)
    if common.campaignId then index(base .. ':by-campaign:' .. common.campaignId, now, key) end
    if fields.reference then index(base .. ':by-reference:' .. fields.reference, now, key) end
    if fields.provider and fields.id then
      redis.call('SET', base .. ':by-provider-id:' .. fields.provider .. ':' .. fields.id, key, 'EX', ttl)
      if fields.state == 'sent' then index(base .. ':awaiting-status', now, key) end
    end
    written = written + 1
  end
end
for indexKey in pairs(touched) do redis.call('EXPIRE', indexKey, ttl) end
return written
`,
};

/**
 * ARGV: base, now (ms), reports as JSON ({ provider, id, state?, deliveryStatus, providerStatus?, at?, cost? }).
 * Returns { updated, ignored, notFound }. A message only moves forward: nothing leaves a final state.
 */
export const RECORD_DELIVERY_REPORTS: MessageScript = {
  name: 'smsRecordDeliveryReports',
  lua: `
local base, now = ARGV[1], ARGV[2]
local reports = cjson.decode(ARGV[3])
local rank = { queued = 0, sending = 1, unknown = 2, sent = 3, delivered = 4, failed = 4, canceled = 4 }
local updated, ignored, notFound = 0, 0, 0
for _, report in ipairs(reports) do
  local indexKey = base .. ':by-provider-id:' .. report.provider .. ':' .. report.id
  local key = redis.call('GET', indexKey)
  local current = key and redis.call('HGET', key, 'state')
  if not current then
    notFound = notFound + 1
  elseif not report.state or rank[current] >= 4 or rank[report.state] <= rank[current] then
    ignored = ignored + 1
  else
    local fields = { 'state', report.state, 'deliveryStatus', report.deliveryStatus, 'updatedAt', now }
    if report.providerStatus then
      fields[#fields + 1] = 'providerStatus'
      fields[#fields + 1] = report.providerStatus
    end
    if report.cost then
      fields[#fields + 1] = 'cost'
      fields[#fields + 1] = report.cost
    end
    if report.state == 'delivered' then
      fields[#fields + 1] = 'deliveredAt'
      fields[#fields + 1] = report.at or now
    end
    redis.call('HSET', key, unpack(fields))
    local ttl = tonumber(redis.call('HGET', key, 'retentionSeconds'))
    if ttl then
      redis.call('EXPIRE', key, ttl)
      redis.call('EXPIRE', indexKey, ttl)
    end
    if rank[report.state] >= 4 then redis.call('ZREM', base .. ':awaiting-status', key) end
    updated = updated + 1
  end
end
return { updated, ignored, notFound }
`,
};

/**
 * ARGV: base, index (`job`, `campaign`, `reference` or `provider-id`), value, offset, limit.
 * Returns the number of index entries read, then each record still in Redis as a flat field/value list.
 */
export const READ_MESSAGES: MessageScript = {
  name: 'smsReadMessages',
  lua: `
local base, index, value = ARGV[1], ARGV[2], ARGV[3]
local offset, limit = tonumber(ARGV[4]), tonumber(ARGV[5])
local keys
if index == 'provider-id' then
  local key = redis.call('GET', base .. ':by-provider-id:' .. value)
  keys = key and { key } or {}
else
  keys = redis.call('ZRANGE', base .. ':by-' .. index .. ':' .. value, offset, offset + limit - 1)
end
local found = { #keys }
for _, key in ipairs(keys) do
  local record = redis.call('HGETALL', key)
  -- An index outlives a record it names by at most the retention; such an entry is skipped.
  if #record > 0 then found[#found + 1] = record end
end
return found
`,
};

/**
 * ARGV: base, now (ms), every (ms), max age (ms), limit, token. One caller per period gets the lock and the
 * messages due for a status poll (provider, id, to, …); each is due again a period later. Messages no longer
 * `sent`, gone, or older than the max age leave the list.
 */
export const CLAIM_STATUS_POLL: MessageScript = {
  name: 'smsClaimStatusPoll',
  lua: `
local base, now, every, maxAge, limit = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
if not redis.call('SET', base .. ':status-poll-lock', ARGV[6], 'NX', 'PX', every) then return {} end
local awaiting = base .. ':awaiting-status'
local due = {}
for _, key in ipairs(redis.call('ZRANGEBYSCORE', awaiting, '-inf', now - every, 'LIMIT', 0, limit)) do
  local record = redis.call('HMGET', key, 'provider', 'id', 'to', 'settledAt', 'state')
  if not record[1] or not record[2] or record[5] ~= 'sent' or (tonumber(record[4]) or 0) < now - maxAge then
    redis.call('ZREM', awaiting, key)
  else
    redis.call('ZADD', awaiting, now, key)
    due[#due + 1] = record[1]
    due[#due + 1] = record[2]
    due[#due + 1] = record[3] or ''
  end
end
return due
`,
};

/** Runs one of the scripts above: one round trip. Their keys are built inside them, so none is passed as a key. */
export function runMessageScript(
  redis: MessageRedis,
  script: MessageScript,
  args: readonly (string | number)[],
): Promise<unknown> {
  return runLuaScript(redis, { ...script, numberOfKeys: 0 }, args);
}
