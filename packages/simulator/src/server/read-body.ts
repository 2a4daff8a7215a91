import type { IncomingMessage } from 'node:http';

export interface ReadBody {
  text: string;
  tooLarge: boolean;
}

/** Bodies above this are refused (HTTP 413); no provider documents anything near it. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
// Past this, a sender that keeps streaming is cut off instead of drained.
const DRAIN_LIMIT_BYTES = 32 * 1024 * 1024;

/** Reads the whole body as UTF-8; an oversized body is drained and dropped so the answer can still be read. */
export function readBody(request: IncomingMessage): Promise<ReadBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const finish = (result: ReadBody): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received <= BODY_LIMIT_BYTES) chunks.push(chunk);
      else if (received > DRAIN_LIMIT_BYTES) {
        request.socket.destroy();
        finish({ text: '', tooLarge: true });
      }
    });
    request.on('end', () => {
      finish(
        received > BODY_LIMIT_BYTES
          ? { text: '', tooLarge: true }
          : { text: Buffer.concat(chunks).toString('utf8'), tooLarge: false },
      );
    });
    request.on('error', () => finish({ text: '', tooLarge: false }));
    request.on('close', () =>
      finish({ text: Buffer.concat(chunks).toString('utf8'), tooLarge: received > BODY_LIMIT_BYTES }),
    );
  });
}
