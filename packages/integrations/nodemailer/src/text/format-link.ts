import { decodeHTML, decodeHTMLAttribute } from 'entities';
import type { FormatCallback } from 'html-to-text';

// Targets a reader of an SMS can use; `#top`, `javascript:` and relative links mean nothing there.
const SHOWN_SCHEMES = /^(?:https?:|tel:|mailto:)/i;

/**
 * An `html-to-text` formatter for `<a>`: the label, then the target in brackets when a reader needs it
 * (`Pay here (https://…)`, `Call us (+98…)`), the target alone for a link without text (an image), and the
 * label alone when it already is the target. Entities are still encoded here (the conversion decodes them
 * once, at the end), so the target and the label are decoded to be compared.
 */
export const formatLink: FormatCallback = (element, walk, builder) => {
  const href = decodeHTMLAttribute(element.attribs?.href ?? '').trim();
  if (!SHOWN_SCHEMES.test(href)) {
    walk(element.children, builder);
    return;
  }
  const words: string[] = [];
  builder.pushWordTransform((word) => {
    words.push(word);
    return word;
  });
  walk(element.children, builder);
  builder.popWordTransform();

  const label = decodeHTML(words.join(' '));
  const shown = href.replace(/^(?:mailto|tel):/i, '');
  if (label === '') builder.addInline(shown, { noWordTransform: true });
  else if (label !== shown && label !== href) builder.addInline(` (${shown})`, { noWordTransform: true });
};
