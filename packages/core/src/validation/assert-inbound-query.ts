import type { InboundQuery } from '../model/inbound-message';
import { describeValue } from './describe-value';
import { invalidInput, isObject } from './invalid-input';
import { forProvider } from './recipient-list-of';
import { timeOfDate } from './time-of-date';

/** Refuses a `listInbound` query of the wrong type before any request, with `INVALID_INPUT` naming the field. */
export function assertInboundQuery(query: unknown, provider?: string): asserts query is InboundQuery | undefined {
  if (query === undefined) return;
  const refuse = (problem: string) =>
    invalidInput(`The listInbound query${forProvider(provider)} ${problem}.`, provider);
  if (!isObject(query)) throw refuse(`must be an object such as { line, from, until }, not ${describeValue(query)}`);
  const { line, read, from, until, page, limit } = query;
  if (line !== undefined && typeof line !== 'string')
    throw refuse(`has \`line\` set to ${describeValue(line)}; pass your receiving line as a string`);
  if (read !== undefined && typeof read !== 'boolean')
    throw refuse(`has \`read\` set to ${describeValue(read)}; pass true or false`);
  for (const [name, value] of [
    ['from', from],
    ['until', until],
  ] as const) {
    if (value !== undefined && Number.isNaN(timeOfDate(value)))
      throw refuse(`has \`${name}\` set to ${describeValue(value)}; pass a valid Date`);
  }
  for (const [name, value] of [
    ['page', page],
    ['limit', limit],
  ] as const) {
    if (value !== undefined && (!Number.isSafeInteger(value) || (value as number) < 0))
      throw refuse(`has \`${name}\` set to ${describeValue(value)}; pass a whole number, 0 or more`);
  }
}
