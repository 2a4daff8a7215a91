import type { Dispatcher } from 'undici';

/**
 * Reads an answer's body as UTF-8 text, at most `maxBytes` of it. Past the cap the body is destroyed, which
 * aborts the request and closes its socket instead of reading (and keeping) the rest, and the promise
 * rejects with `tooLarge()`.
 */
export function readBodyText(
  body: Dispatcher.ResponseData['body'],
  maxBytes: number,
  tooLarge: () => Error,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    body.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > maxBytes) {
        reject(tooLarge());
        body.destroy();
        return;
      }
      chunks.push(chunk);
    });
    // Decoded once at the end, so a character split between two chunks is read whole; most answers are one chunk.
    body.on('end', () =>
      resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks, length).toString('utf8')),
    );
    body.on('error', reject);
  });
}
