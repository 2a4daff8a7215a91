/**
 * One atomic step of the shared limiter, per provider: generic cell rate algorithm (GCRA) in virtual-scheduling
 * form, one "theoretical arrival time" (TAT) per dimension (requests, recipients), plus a pause mark written
 * when the provider answered RATE_LIMITED. Redis `TIME` is the only clock, so the workers' own clocks do not
 * matter. Times are microseconds; values are stored as whole numbers (Lua's default number-to-text would
 * round a 16-digit time).
 *
 * KEYS: requests TAT, recipients TAT, paused-until.
 * ARGV: mode (`acquire`, `release`, `check`, `pause`), then for `pause` the pause in ms, else for each
 * dimension its interval (µs per unit, 0 when the dimension is not limited), burst and count, and for
 * `release` and `check` the two marks `acquire` returned.
 *
 * `acquire` reserves the units and returns the wait in µs before the call may go, and the marks it wrote
 * (`{ wait, requestsMark, recipientsMark }`); it never refuses, so a call is delayed, never dropped.
 * `release` gives back the units of a call abandoned while waiting. `check`, run when a call's place has
 * come, returns 0 when the provider is not paused; else it gives the units back (the place fell in the
 * pause, unused) and returns how long the pause still lasts. `pause` extends the pause.
 */
export const RATE_LIMIT_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])

local function read(key)
  local value = redis.call('GET', key)
  if value then return tonumber(value) end
  return 0
end

-- A mark is kept only as long as it can still delay someone, plus a second.
local function store(key, value)
  local ttl = math.ceil((value - now) / 1000) + 1000
  redis.call('SET', key, string.format('%.0f', value), 'PX', ttl)
end

local pausedUntil = read(KEYS[3])
local mode = ARGV[1]

if mode == 'pause' then
  local untilTime = now + tonumber(ARGV[2]) * 1000
  if untilTime > pausedUntil then store(KEYS[3], untilTime) end
  return 0
end

local dimensions = {}
for index = 0, 1 do
  local interval = tonumber(ARGV[2 + index * 3])
  local burst = tonumber(ARGV[3 + index * 3])
  local count = tonumber(ARGV[4 + index * 3])
  if interval > 0 and count > 0 then
    table.insert(dimensions, {
      key = KEYS[1 + index], interval = interval, burst = burst, count = count,
      stored = redis.call('GET', KEYS[1 + index]), reserved = ARGV[8 + index], tat = read(KEYS[1 + index])
    })
  end
end

if mode == 'check' and pausedUntil <= now then return 0 end
if mode == 'release' or mode == 'check' then
  -- Units are given back only while this call's reservation is the last one: taking them out of the middle
  -- would hand a later call's place to a second call.
  for _, dimension in ipairs(dimensions) do
    if dimension.stored == dimension.reserved and dimension.tat > now then
      store(dimension.key, math.max(dimension.tat - dimension.count * dimension.interval, now))
    end
  end
  if mode == 'check' then return math.ceil(pausedUntil - now) end
  return 0
end

-- acquire: the call goes when every dimension has room for all its units (a call of more units than the
-- burst goes as soon as the overdraft is as small as it can be).
local goAt = math.max(now, pausedUntil)
for _, dimension in ipairs(dimensions) do
  local due = dimension.tat + (dimension.count - dimension.burst) * dimension.interval
  if due > goAt then goAt = due end
end
local reservations = { '', '' }
for index, dimension in ipairs(dimensions) do
  local overdraft = math.max(0, dimension.count - dimension.burst) * dimension.interval
  local tat = math.max(dimension.tat, goAt - overdraft) + dimension.count * dimension.interval
  store(dimension.key, tat)
  reservations[dimension.key == KEYS[1] and 1 or 2] = string.format('%.0f', tat)
end
return { math.ceil(goAt - now), reservations[1], reservations[2] }
`;
