import { MOVE_CHUNK } from '../campaign/campaign-scripts';
import { RECORD_MESSAGES_FUNCTION } from '../messages/message-scripts';
import type { LuaScript } from '../redis/run-lua-script';

// The worker's writes around one send, each one round trip: before the request its in-flight mark (with, for a
// campaign chunk, the chunk counted as sending); after it the recipients' records (with the chunk's counts).
// Two calls where there were four, with the mark appended and the records compacted: the benchmark's worker CPU
// went from 16.2 to 15.0 µs per recipient of a 100-recipient campaign job (bench/results/queue).

/**
 * `appendMark(jobKey, mark)`: adds `"inFlight":<mark>` as the last member of the job's stored data (JSON.parse
 * keeps the last of a repeated name), so the worker sends the mark's few bytes, not the whole job as
 * `updateData` would. Returns 0 when the job is gone.
 */
const APPEND_MARK = `
local function appendMark(jobKey, mark)
  local data = redis.call('HGET', jobKey, 'data')
  if not data or string.sub(data, -1) ~= '}' then return 0 end
  local separator = ','
  if data == '{}' then separator = '' end
  redis.call('HSET', jobKey, 'data', string.sub(data, 1, -2) .. separator .. '"inFlight":' .. mark .. '}')
  return 1
end
`;

/** KEYS: the job. ARGV: the mark as JSON. Returns 1, or 0 when the job is gone. */
export const MARK_IN_FLIGHT: LuaScript = {
  name: 'smsMarkInFlight',
  numberOfKeys: 1,
  lua: `${APPEND_MARK}
return appendMark(KEYS[1], ARGV[1])
`,
};

/**
 * KEYS: campaign, chunks, the job. ARGV: chunk index, `{"sending":N}`, the mark as JSON. Counts the chunk as
 * sending and marks its job in flight, unless its campaign was canceled (-1: neither is done). Returns 1, or 0
 * when the job is gone.
 */
export const TAKE_CHUNK_AND_MARK_IN_FLIGHT: LuaScript = {
  name: 'smsTakeChunkAndMarkInFlight',
  numberOfKeys: 3,
  lua: `${MOVE_CHUNK}${APPEND_MARK}
if moveChunk(ARGV[1], ARGV[2], 'unless-canceled') == -1 then return -1 end
return appendMark(KEYS[3], ARGV[3])
`,
};

/**
 * KEYS: campaign, chunks. ARGV: chunk index, the chunk's settled distribution as JSON, then `recordMessages`'s
 * base, retention seconds, now and records ('' when the worker keeps none). Returns what `moveChunk` returns.
 */
export const SETTLE_SENT_CHUNK: LuaScript = {
  name: 'smsSettleSentChunk',
  numberOfKeys: 2,
  lua: `${MOVE_CHUNK}${RECORD_MESSAGES_FUNCTION}
if ARGV[6] ~= '' then recordMessages(ARGV[3], tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6]) end
return moveChunk(ARGV[1], ARGV[2], '')
`,
};
