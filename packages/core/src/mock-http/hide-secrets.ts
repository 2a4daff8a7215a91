/** Replaces credentials by markers (`[apiKey]`) in recorded requests, so tests and snapshots never hold one. */
export interface SecretHider {
  /** Adds a credential shown as `[name]`; an empty or missing value is ignored. */
  add(name: string, value: string | undefined): void;
  /** The text with every credential, as written or encoded for a URL, a form or JSON, replaced by its marker. */
  text(text: string): string;
  /** A copy of a parsed value (a body, a query) with every string in it passed through `text`. */
  value(value: unknown): unknown;
}

interface Secret {
  marker: string;
  /** The value as written, and as it appears percent-encoded, form-encoded and JSON-escaped. */
  spellings: string[];
}

function spellingsOf(value: string): string[] {
  const spellings = [
    value,
    encodeURIComponent(value),
    new URLSearchParams({ value }).toString().slice('value='.length),
    JSON.stringify(value).slice(1, -1),
  ];
  return [...new Set(spellings)];
}

export function createSecretHider(initial: Readonly<Record<string, string | undefined>> = {}): SecretHider {
  let secrets: Secret[] = [];

  const hider: SecretHider = {
    add(name, value) {
      if (typeof value !== 'string' || value === '') return;
      secrets = secrets.filter((secret) => secret.marker !== `[${name}]`);
      secrets.push({ marker: `[${name}]`, spellings: spellingsOf(value) });
      // Longest first, so a secret that contains another is replaced whole.
      secrets.sort((left, right) => right.spellings[0]!.length - left.spellings[0]!.length);
    },
    text(text) {
      let hidden = text;
      for (const secret of secrets)
        for (const spelling of secret.spellings) hidden = hidden.split(spelling).join(secret.marker);
      return hidden;
    },
    value(value) {
      if (typeof value === 'string') return hider.text(value);
      if (Array.isArray(value)) return value.map((item) => hider.value(item));
      if (typeof value === 'object' && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, hider.value(item)]));
      }
      return value;
    },
  };
  for (const [name, value] of Object.entries(initial)) hider.add(name, value);
  return hider;
}
