/** A request's headers as Node (and so Express, Nest and Fastify) gives them: lower-case names. */
export type RequestHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;
