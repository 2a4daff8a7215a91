import { runLuaScript } from '../redis/run-lua-script';
import type { MessageRedis } from './message-redis';

export interface MessageScript {
  name: string;
  lua: string;
}

// Keys are built inside the scripts from the base passed in ARGV, so a script works on one Redis server (or a
// cluster whose BullMQ prefix is a hash tag, which puts every key of the queue on one slot).

/**
 * `recordMessages(base, ttl, now, payload)`: `payload` is `{ common, fields, rows }` as JSON (`NewMessageRecords`):
 * `common` holds the fields every record of the job shares, each row a record's values of `fields` (null: absent),
 * its position the recipient's index. Writes each record once, with its indexes; each index key's expiry is set
 * once. Returns how many it wrote. Also part of the worker's own scripts (worker/job-scripts.ts).
 */
export const RECORD_MESSAGES_FUNCTION = `
local function recordMessages(base, ttl, now, payloadJson)
  local payload = cjson.decode(payloadJson)
  local common, names = payload.common, payload.fields
  local jobId = common.jobId
  local shared = {}
  for field, value in pairs(common) do
    shared[#shared + 1] = field
    shared[#shared + 1] = value
  end
  local written = 0
  local touched = {}
  local function index(indexKey, score, key)
    redis.call('ZADD', indexKey, score, key)
    touched[indexKey] = true
  end
  for position, row in ipairs(payload.rows) do
    local at = position - 1
    local key = base .. ':record:' .. jobId .. ':' .. at
    -- A record is written once: a delivery report may already have moved it on.
    if redis.call('EXISTS', key) == 0 then
      local fields = {}
      local flat = { 'index', tostring(at) }
      for _, value in ipairs(shared) do flat[#flat + 1] = value end
      for column = 1, #names do
        local value = row[column]
        if value ~= cjson.null then
          fields[names[column]] = value
          flat[#flat + 1] = names[column]
          flat[#flat + 1] = value
        end
      end
      redis.call('HSET', key, unpack(flat))
      redis.call('EXPIRE', key, ttl)
      index(base .. ':by-job:' .. jobId, at, key)
      if common.campaignId then index(base .. ':by-campaign:' .. common.campaignId, now, key) end
      local reference = fields.reference or common.reference
      local provider, id = fields.provider or common.provider, fields.id or common.id
      if reference then
        -- A reference names one message (the job's own are numbered per recipient): a plain key with its expiry
        -- in one call, where a sorted set and its EXPIRE took Redis from 31 to 35 µs per recipient (queue
        -- benchmark). A reference given to several messages turns the key into a sorted set of them.
        local referenceKey = base .. ':by-reference:' .. reference
        if not redis.call('SET', referenceKey, key, 'NX', 'EX', ttl) then
          if redis.call('TYPE', referenceKey).ok == 'string' then
            local first = redis.call('GET', referenceKey)
            if first ~= key then
              redis.call('DEL', referenceKey)
              index(referenceKey, now, first)
              index(referenceKey, now, key)
            end
          else
            index(referenceKey, now, key)
          end
        end
      end
      if provider and id then
        redis.call('SET', base .. ':by-provider-id:' .. provider .. ':' .. id, key, 'EX', ttl)
        if (fields.state or common.state) == 'sent' then index(base .. ':awaiting-status', now, key) end
      end
      written = written + 1
    end
  end
  for indexKey in pairs(touched) do redis.call('EXPIRE', indexKey, ttl) end
  return written
end
`;

/** ARGV: base, retention seconds, now (ms), the records as JSON: see `recordMessages`. */
export const RECORD_MESSAGES: MessageScript = {
  name: 'smsRecordMessages',
  lua: `${RECORD_MESSAGES_FUNCTION}
return recordMessages(ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4])
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
  local indexKey = base .. ':by-' .. index .. ':' .. value
  if index == 'reference' and redis.call('TYPE', indexKey).ok == 'string' then
    -- A reference of one message (see recordMessages).
    keys = (offset == 0 and limit > 0) and { redis.call('GET', indexKey) } or {}
  else
    keys = redis.call('ZRANGE', indexKey, offset, offset + limit - 1)
  end
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
