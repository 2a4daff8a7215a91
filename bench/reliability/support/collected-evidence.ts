import { inspect } from 'node:util';

/**
 * What a reliability test file saw that could carry a credential: every error thrown by our packages, every
 * hook payload, every webhook answer and every line written to the console. The setup file scans it after
 * the file's tests (see setup-reliability.ts).
 */
export interface Evidence {
  label: string;
  value: unknown;
}

const evidence: Evidence[] = [];
const unhandledRejections: unknown[] = [];

export function collect(label: string, value: unknown): void {
  evidence.push({ label, value });
}

export function collectedEvidence(): readonly Evidence[] {
  return evidence;
}

export function recordUnhandledRejection(reason: unknown): void {
  unhandledRejections.push(reason);
}

export function collectedUnhandledRejections(): readonly unknown[] {
  return unhandledRejections;
}

/** Every textual form of a value a user could end up logging: String(), JSON, util.inspect, stack and causes. */
export function renderings(value: unknown): string[] {
  const forms: string[] = [];
  const seen = new Set<unknown>();
  const visit = (item: unknown, depth: number): void => {
    if (depth > 8 || seen.has(item)) return;
    seen.add(item);
    forms.push(
      inspect(item, { depth: 12, showHidden: true, getters: true, maxArrayLength: null, maxStringLength: null }),
    );
    try {
      forms.push(JSON.stringify(item) ?? '');
    } catch {
      // A circular value has no JSON form; inspect above covers it.
    }
    if (item instanceof Error) {
      forms.push(String(item), item.stack ?? '', item.message);
      visit((item as { cause?: unknown }).cause, depth + 1);
      for (const inner of (item as { errors?: unknown[] }).errors ?? []) visit(inner, depth + 1);
      const result = (item as { result?: { messages?: { error?: unknown }[] } }).result;
      for (const message of result?.messages ?? []) visit(message.error, depth + 1);
    } else if (typeof item === 'string') {
      forms.push(item);
    }
  };
  visit(value, 0);
  return forms;
}

/** The forms a secret can take in a text: as is, URL-encoded, form-encoded and Base64. */
export function secretForms(secret: string): string[] {
  return [
    ...new Set([
      secret,
      encodeURIComponent(secret),
      new URLSearchParams({ s: secret }).toString().slice(2),
      Buffer.from(secret).toString('base64'),
    ]),
  ];
}

/** The evidence entries in which any of `secrets` appears, with the secret found. */
export function findLeaks(secrets: readonly string[], items: readonly Evidence[]): { label: string; secret: string }[] {
  const leaks: { label: string; secret: string }[] = [];
  const needles = secrets.flatMap((secret) => secretForms(secret).map((form) => ({ secret, form })));
  for (const item of items) {
    const text = renderings(item.value).join('\n');
    for (const needle of needles) {
      if (text.includes(needle.form)) leaks.push({ label: item.label, secret: needle.secret });
    }
  }
  return leaks;
}
