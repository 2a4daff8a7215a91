/**
 * What the server layer answers, for an adapter to write with its framework: a status, headers (lower-case
 * names) and a JSON body, which the adapter sends as `JSON.stringify(body)` under the `content-type` given.
 */
export interface ServerAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}
