import type { HtmlToTextOptions, SelectorDefinition } from 'html-to-text';
import { formatLink } from './format-link';
import { formatTableCell } from './format-table-cell';

// Every character of an SMS counts: a block starts a line, never leaves a blank one.
const ONE_LINE_BREAK = { leadingLineBreaks: 1, trailingLineBreaks: 1 };

const HIDDEN: SelectorDefinition[] = ['head', 'title', 'style', 'script', 'template', 'noscript', 'img'].map(
  (selector) => ({ selector, format: 'skip' }),
);
// No uppercase headings, `---` rules, `> ` quotes or preserved `<pre>` indentation: they cost characters.
const LINES: SelectorDefinition[] = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'blockquote',
  'pre',
  'table',
  'tr',
].map((selector) => ({
  selector,
  format: 'block',
  options: ONE_LINE_BREAK,
}));

/**
 * `html-to-text` settings for an SMS body. Entities are not decoded by the parser but once, on the text it
 * returns, so an escaped `&lt;b&gt;` stays text and hrefs are compared as written.
 */
export const SMS_HTML_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  decodeEntities: false,
  // HTML's own whitespace: a zero-width or no-break space is content.
  whitespaceCharacters: ' \t\r\n\f',
  formatters: { smsLink: formatLink, smsTableCell: formatTableCell },
  selectors: [
    ...HIDDEN,
    ...LINES,
    { selector: 'a', format: 'smsLink' },
    { selector: 'ul', format: 'unorderedList', options: { ...ONE_LINE_BREAK, itemPrefix: '- ' } },
    { selector: 'ol', format: 'orderedList', options: ONE_LINE_BREAK },
    { selector: 'td', format: 'smsTableCell' },
    { selector: 'th', format: 'smsTableCell' },
  ],
};
