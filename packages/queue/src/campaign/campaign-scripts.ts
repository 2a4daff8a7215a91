// Lua scripts keep the campaign's counters consistent whichever processes run them concurrently: each
// chunk's recipients are counted once, in exactly one state. A chunk's own distribution (`{"queued":100}`)
// sits in the campaign's chunk hash, so a repeated transition changes nothing.

const TERMINAL = 'local terminal = { sent = true, failed = true, unknown = true, canceled = true }\n';

// Keys live as long as settled jobs do: the retention after the last change, plus the wait until `sendAt`.
const REFRESH_EXPIRY = `
local function refreshExpiry()
  local retention = tonumber(redis.call('hget', KEYS[1], 'retentionSeconds') or '604800')
  local sendAt = tonumber(redis.call('hget', KEYS[1], 'sendAtMs') or '0')
  local time = redis.call('time')
  local now = tonumber(time[1]) * 1000
  local ttl = retention + math.max(0, math.ceil((sendAt - now) / 1000))
  redis.call('expire', KEYS[1], ttl)
  redis.call('expire', KEYS[2], ttl)
end
`;

const FINISH_IF_SETTLED = `
local function finishIfSettled()
  if redis.call('hget', KEYS[1], 'state') == 'enqueued' and
     tonumber(redis.call('hget', KEYS[1], 'settledChunks') or '0') >= tonumber(redis.call('hget', KEYS[1], 'chunks') or '0') then
    redis.call('hset', KEYS[1], 'state', 'done')
  end
end
`;

/**
 * `moveChunk(index, distribution, unlessCanceled)` on the campaign in KEYS[1] and KEYS[2]: the chunk's new
 * distribution as JSON; a chunk that already settled keeps its counts. With `unlessCanceled` 'unless-canceled', a
 * chunk taken by a worker is counted as sending only while its campaign stands (-1 otherwise). Returns 1 when
 * something changed. Also part of the worker's own scripts (worker/job-scripts.ts).
 */
export const MOVE_CHUNK = `${TERMINAL}${FINISH_IF_SETTLED}${REFRESH_EXPIRY}
local function moveChunk(index, distribution, unlessCanceled)
  if unlessCanceled == 'unless-canceled' and redis.call('hget', KEYS[1], 'state') == 'canceled' then return -1 end
  local current = redis.call('hget', KEYS[2], index)
  if not current then return 0 end
  local from = cjson.decode(current)
  for state, _ in pairs(from) do
    if terminal[state] then return 0 end
  end
  local to = cjson.decode(distribution)
  local settles = false
  for state, count in pairs(from) do redis.call('hincrby', KEYS[1], state, -count) end
  for state, count in pairs(to) do
    redis.call('hincrby', KEYS[1], state, count)
    if terminal[state] then settles = true end
  end
  redis.call('hset', KEYS[2], index, distribution)
  if settles then
    redis.call('hincrby', KEYS[1], 'settledChunks', 1)
    finishIfSettled()
  end
  refreshExpiry()
  return 1
end
`;

export const CAMPAIGN_SCRIPTS = {
  /** KEYS: campaign, chunks. ARGV: the record's fields as name, value pairs. Returns the state it has now. */
  smsCampaignCreate: `
if redis.call('exists', KEYS[1]) == 0 then
  redis.call('hset', KEYS[1], unpack(ARGV))
end
${REFRESH_EXPIRY}
refreshExpiry()
return redis.call('hget', KEYS[1], 'state')
`,
  /** KEYS: campaign, chunks. ARGV: index, recipients pairs. Counts the chunks not counted before. */
  smsCampaignRegisterChunks: `
if redis.call('hget', KEYS[1], 'state') ~= 'enqueuing' then return -1 end
local added = 0
for position = 1, #ARGV, 2 do
  local count = tonumber(ARGV[position + 1])
  if redis.call('hsetnx', KEYS[2], ARGV[position], cjson.encode({ queued = count })) == 1 then
    redis.call('hincrby', KEYS[1], 'recipients', count)
    redis.call('hincrby', KEYS[1], 'queued', count)
    redis.call('hincrby', KEYS[1], 'chunks', 1)
    added = added + 1
  end
end
${REFRESH_EXPIRY}
refreshExpiry()
return added
`,
  /** KEYS: campaign, chunks. Marks the enqueue complete. Returns the state. */
  smsCampaignFinishEnqueue: `
${FINISH_IF_SETTLED}
if redis.call('hget', KEYS[1], 'state') == 'enqueuing' then
  redis.call('hset', KEYS[1], 'state', 'enqueued')
  finishIfSettled()
end
${REFRESH_EXPIRY}
refreshExpiry()
return redis.call('hget', KEYS[1], 'state')
`,
  /** KEYS: campaign, chunks. ARGV: `moveChunk`'s index, distribution and unlessCanceled (see MOVE_CHUNK). */
  smsCampaignMoveChunk: `
${MOVE_CHUNK}
return moveChunk(ARGV[1], ARGV[2], ARGV[3])
`,
  /** KEYS: campaign, chunks. ARGV: index, recipients the provider canceled. Moves them from sent to canceled. */
  smsCampaignProviderCanceled: `
local current = redis.call('hget', KEYS[2], ARGV[1])
if not current then return 0 end
local distribution = cjson.decode(current)
local count = math.min(tonumber(ARGV[2]), distribution.sent or 0)
if count <= 0 then return 0 end
distribution.sent = distribution.sent - count
distribution.canceled = (distribution.canceled or 0) + count
redis.call('hincrby', KEYS[1], 'sent', -count)
redis.call('hincrby', KEYS[1], 'canceled', count)
redis.call('hset', KEYS[2], ARGV[1], cjson.encode(distribution))
${REFRESH_EXPIRY}
refreshExpiry()
return count
`,
  /** KEYS: campaign, chunks. ARGV: time. Returns the state before, or false when there is no such campaign. */
  smsCampaignCancel: `
local before = redis.call('hget', KEYS[1], 'state')
if not before then return false end
-- A finished campaign the queue held has nothing left to cancel; one the provider holds may have.
if before ~= 'canceled' and (before ~= 'done' or redis.call('hget', KEYS[1], 'schedule') == 'provider') then
  redis.call('hset', KEYS[1], 'state', 'canceled', 'canceledAt', ARGV[1])
end
${REFRESH_EXPIRY}
refreshExpiry()
return before
`,
  /** KEYS: the key. ARGV: value, seconds. SET with an expiry, alike in every Redis client. */
  smsSetWithExpiry: `
redis.call('set', KEYS[1], ARGV[1], 'EX', ARGV[2])
return 1
`,
  /**
   * KEYS: the queue's wait, paused, delayed and prioritized keys. ARGV: job id. Takes a job out of every list
   * a worker takes jobs from, in one step with the check that it is in one: after it, no worker can get it.
   */
  smsTakeQueuedJob: `
if redis.call('lrem', KEYS[1], 1, ARGV[1]) == 1 then return 1 end
if redis.call('lrem', KEYS[2], 1, ARGV[1]) == 1 then return 1 end
if redis.call('zrem', KEYS[3], ARGV[1]) == 1 then return 1 end
if redis.call('zrem', KEYS[4], ARGV[1]) == 1 then return 1 end
return 0
`,
} as const;

export type CampaignScript = keyof typeof CAMPAIGN_SCRIPTS;

/** How many of a script's arguments are keys; the campaign scripts take the campaign's two. */
export const SCRIPT_KEY_COUNTS: Partial<Record<CampaignScript, number>> = { smsSetWithExpiry: 1, smsTakeQueuedJob: 4 };
