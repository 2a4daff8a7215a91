import { decodeHTML } from 'entities';
import { loadHtmlConverter } from './load-html-converter';

// Typographic spaces become plain ones and soft hyphens go: either would force the costlier UCS-2 encoding.
const TYPOGRAPHIC_SPACES = /[\u00a0\u2002\u2003\u2009]/g;
const SOFT_HYPHENS = /\u00ad/g;

/**
 * The SMS text of an html body, with the optional `html-to-text` package: hidden elements (`head`, `style`,
 * `script`…), comments and images are dropped, whitespace collapses as in HTML, `<br>` and blocks become
 * single line breaks, list items start with `- ` (or their number), links keep their target
 * (`Pay (https://…)`), table cells are flattened; then character references are decoded once with `entities`.
 */
export async function htmlToText(html: string): Promise<string> {
  const convert = await loadHtmlConverter();
  return decodeHTML(convert(html))
    .replace(TYPOGRAPHIC_SPACES, ' ')
    .replace(SOFT_HYPHENS, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
