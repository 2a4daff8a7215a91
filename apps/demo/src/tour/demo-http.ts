/** A failed call to the demo app, with the problem document it answered. */
export class DemoHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    const problem = body as { code?: string; detail?: string; title?: string } | undefined;
    super(
      `HTTP ${status}${problem?.code ? ` ${problem.code}` : ''}: ${problem?.detail ?? problem?.title ?? JSON.stringify(body)}`,
    );
    this.name = 'DemoHttpError';
  }
}

/** Calls the demo app's HTTP API as any client of it would. */
export function createDemoHttp(baseUrl: string) {
  return async function call<Answer = unknown>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Answer> {
    const init: RequestInit = { method, headers: { accept: 'application/json' } };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { ...init.headers, 'content-type': 'application/json' };
    }
    const response = await fetch(`${baseUrl}${path}`, init);
    const text = await response.text();
    const parsed: unknown = text === '' ? undefined : JSON.parse(text);
    if (!response.ok) throw new DemoHttpError(response.status, parsed);
    return parsed as Answer;
  };
}

export type DemoHttp = ReturnType<typeof createDemoHttp>;
