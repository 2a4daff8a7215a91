const escapeText = (text: string): string =>
  /[<>&]/.test(text) || /'|"/.test(text) ? `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>` : text;

function entry(value: unknown): string {
  if (value === null || value === undefined) return '<entry/>';
  if (Array.isArray(value)) return `<entry>${value.map(entry).join('')}</entry>`;
  if (typeof value === 'object') return `<entry>${Object.values(value).map(entry).join('')}</entry>`;
  return `<entry>${escapeText(String(value))}</entry>`;
}

/** SMS Partner's XML: a `<result>` holding one `<entry>` per value, in order, without field names. */
export function toXml(value: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<result>${Object.values(value).map(entry).join('')}</result>\n`;
}
