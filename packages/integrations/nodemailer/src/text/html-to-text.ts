import { decodeHtmlEntities } from './decode-html-entities';

// Elements whose content is never shown.
const HIDDEN_ELEMENTS = /<(script|style|head|title|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?-->/g;
const DECLARATIONS = /<![^>]*>|<\?[^>]*>/g;
const ANCHOR = /<a\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/a\s*>/gi;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const LINE_BREAK = /<br\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const LIST_ITEM = /<li\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const BLOCK = /<\/?(?:p|div|h[1-6]|ul|ol|li|table|thead|tbody|tfoot|tr|blockquote|pre|section|article|header|footer|main|nav|aside|address|figure|figcaption|hr|dl|dt|dd|center|form|fieldset)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const CELL_END = /<\/t[dh]\s*>/gi;
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9:-]*\b(?:[^>"']|"[^"]*"|'[^']*')*\/?>/g;
// Whitespace as HTML collapses it: not the no-break space, which is content.
const HTML_WHITESPACE = /[ \t\n\r\f]+/g;
const SHOWN_SCHEMES = /^(?:https?:|tel:|mailto:)/i;

function stripTags(html: string): string {
  return html.replace(TAG, '');
}

function linkTarget(attributes: string): string | undefined {
  const match = HREF.exec(attributes);
  const href = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
  return href === undefined || href === '' ? undefined : href;
}

/**
 * A small, careful HTML-to-text conversion for SMS bodies, not a renderer: hidden elements (`head`,
 * `style`, `script`…) and comments are dropped, whitespace collapses as in HTML, `<br>` and block elements
 * become single line breaks, list items start with `- `, links keep their target (`Pay (https://…)`), every other
 * tag is removed, and character references are decoded once, at the end, so an escaped `&lt;b&gt;` stays
 * text. Tables are flattened cell by cell; `<pre>` whitespace is not preserved.
 */
export function htmlToText(html: string): string {
  let text = html.replace(COMMENTS, '').replace(HIDDEN_ELEMENTS, '').replace(DECLARATIONS, '').replace(HTML_WHITESPACE, ' ');

  text = text.replace(ANCHOR, (whole, attributes: string, inner: string) => {
    const href = linkTarget(attributes);
    if (href === undefined || !SHOWN_SCHEMES.test(decodeHtmlEntities(href))) return inner;
    const label = decodeHtmlEntities(stripTags(inner)).trim();
    // The target stays encoded here: the whole text is decoded once below.
    const shown = href.replace(/^(?:mailto|tel):/i, '');
    if (label === '' ) return shown;
    if (label === decodeHtmlEntities(shown) || label === decodeHtmlEntities(href)) return inner;
    return `${inner} (${shown})`;
  });

  text = text.replace(LINE_BREAK, '\n').replace(LIST_ITEM, '\n- ').replace(BLOCK, '\n').replace(CELL_END, ' ');
  text = decodeHtmlEntities(stripTags(text));

  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    // Every character counts in an SMS: paragraphs are separated by one line break, never a blank line.
    .replace(/\n{2,}/g, '\n')
    .trim();
}
