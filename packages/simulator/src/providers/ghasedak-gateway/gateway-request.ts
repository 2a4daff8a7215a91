import type { ProviderRequest } from '../../server/provider-api';
import { parseGatewayDate } from './gateway-dates';
import { invalidInput } from './gateway-failure';

/** A JSON object with every key in lower case: the server accepts any casing of property names. */
export type GatewayObject = Record<string, unknown>;

function lowerCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerCaseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.toLowerCase(), lowerCaseKeys(inner)]));
}

function isJson(contentType: string | undefined): boolean {
  const type = (contentType ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
  return type === 'application/json' || type.endsWith('+json');
}

/** The JSON body of a POST, keys in lower case; 400 when it is absent, not JSON or not an object. */
export function readJsonBody(request: ProviderRequest): GatewayObject {
  if (!isJson(request.headers['content-type']))
    throw invalidInput('the body must be JSON (Content-Type: application/json)');
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body);
  } catch {
    throw invalidInput('the body is not valid JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw invalidInput('the body must be a JSON object');
  return lowerCaseKeys(parsed) as GatewayObject;
}

/** Every value of a query parameter, its name matched without regard to case. */
export function queryValues(request: ProviderRequest, name: string): string[] {
  const wanted = name.toLowerCase();
  return [...request.query].filter(([key]) => key.toLowerCase() === wanted).map(([, value]) => value);
}

/** The last non-empty value of a query parameter, or undefined. */
export function queryValue(request: ProviderRequest, name: string): string | undefined {
  const values = queryValues(request, name).filter((value) => value.trim() !== '');
  return values.at(-1)?.trim();
}

/** A string field; null, absent and '' are "not given" (the C# SDK sends null for unset fields). */
export function optionalString(object: GatewayObject, key: string, field: string): string | undefined {
  const value = object[key.toLowerCase()];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw invalidInput(`${field} must be a string`);
  return value.trim() === '' ? undefined : value;
}

export function requiredString(object: GatewayObject, key: string, field: string): string {
  const value = optionalString(object, key, field);
  if (value === undefined) throw invalidInput(`${field} is required`);
  return value;
}

/** `true`/`false` as JSON booleans or strings in any case; null and absent are undefined. */
export function readBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  throw invalidInput(`${field} must be true or false; got ${JSON.stringify(value)}`);
}

/** An optional ISO date-time field as epoch ms. */
export function optionalDate(object: GatewayObject, key: string, field: string): number | undefined {
  const value = optionalString(object, key, field);
  return value === undefined ? undefined : parseGatewayDate(value, field);
}

/** An array field; 400 when given as anything else. */
export function optionalArray(object: GatewayObject, key: string, field: string): unknown[] | undefined {
  const value = object[key.toLowerCase()];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw invalidInput(`${field} must be a JSON array`);
  return value;
}

/** An element of an array field that must be an object. */
export function asObject(value: unknown, field: string): GatewayObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw invalidInput(`${field} must be a JSON object`);
  return value as GatewayObject;
}
