/**
 * What an adapter found in a send request, in its framework's terms: the JSON body its parser produced, no
 * body at all, or a body whose content type is not JSON.
 */
export type SendRequestReading = { kind: 'body'; body: unknown } | { kind: 'empty' } | { kind: 'not-json' };
