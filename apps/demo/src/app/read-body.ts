import { BadRequestException } from '@nestjs/common';
import { parseIsoDateTime } from '@sms/express';

/** The small checks the demo's JSON bodies need; the SDK validates everything else and answers with problems. */
export function requireString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') throw new BadRequestException(`\`${field}\` must be a non-empty string`);
  return value;
}

export function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new BadRequestException(`\`${field}\` must be a string`);
  return value;
}

export function recipientsOf(body: Record<string, unknown>): string | string[] {
  const to = body.to;
  if (typeof to === 'string') return to;
  if (Array.isArray(to) && to.every((item) => typeof item === 'string')) return to as string[];
  throw new BadRequestException('`to` must be a phone number or a list of phone numbers');
}

export function dateOf(body: Record<string, unknown>, field: string): Date {
  // As the Express send route reads it: a time without a zone would be read in the server's zone, silently.
  const date = parseIsoDateTime(requireString(body, field));
  if (date === undefined) throw new BadRequestException(`\`${field}\` must be an ISO 8601 date and time with a zone, such as 2030-01-01T09:00:00Z`);
  return date;
}
