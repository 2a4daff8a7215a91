import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it('drops hidden elements, comments and declarations', async () => {
    const html =
      '<!DOCTYPE html><html><head><title>Receipt</title><style>p { color: red }</style><script>alert("<p>x</p>")</script></head>' +
      '<body><!-- tracking <p>pixel</p> --><p>Thank you</p><noscript>Enable JS</noscript></body></html>';
    expect(await htmlToText(html)).toBe('Thank you');
  });

  it('collapses whitespace as HTML does and breaks lines at <br> and blocks', async () => {
    expect(
      await htmlToText('<div>Your   code\n  is</div><div><b>1234</b></div>Line<br>next<br/>last<hr><h1>Title</h1>'),
    ).toBe('Your code is\n1234\nLine\nnext\nlast\nTitle');
  });

  it('starts list items with a dash and flattens table cells', async () => {
    expect(
      await htmlToText('<ul><li>Bread</li><li>Milk</li></ul><table><tr><td>Total</td><td>12 €</td></tr></table>'),
    ).toBe('- Bread\n- Milk\nTotal 12 €');
  });

  it('keeps link targets that a reader needs, once', async () => {
    expect(await htmlToText('Pay <a href="https://pay.example/i?id=7&amp;t=x" class="btn">here</a>.')).toBe(
      'Pay here (https://pay.example/i?id=7&t=x).',
    );
    expect(await htmlToText("<a href='https://a.example'>https://a.example</a>")).toBe('https://a.example');
    expect(
      await htmlToText('Call <a href="tel:+989121234567">us</a> or <a href=mailto:help@shop.example>mail</a>'),
    ).toBe('Call us (+989121234567) or mail (help@shop.example)');
    expect(await htmlToText('<a href="#top">Back</a> <a href="javascript:void(0)">x</a> <a name="n">anchor</a>')).toBe(
      'Back x anchor',
    );
    expect(await htmlToText('<a href="https://img.example"><img src="logo.png" alt="Logo"></a>')).toBe(
      'https://img.example',
    );
  });

  it('decodes character references once, after the tags are gone', async () => {
    expect(await htmlToText('<p>5 &lt; 6 &amp;&amp; &lt;b&gt;not bold&lt;/b&gt; &amp;lt;</p>')).toBe(
      '5 < 6 && <b>not bold</b> &lt;',
    );
    expect(await htmlToText('می&zwnj;خواهم&nbsp;&#1587;&#x644;ام &hellip; &unknown; &#0; &#x110000;')).toBe(
      'می\u200cخواهم سلام … &unknown; \ufffd \ufffd',
    );
  });

  it('keeps a > inside a quoted attribute from ending the tag', async () => {
    expect(await htmlToText('<span title="a > b">visible</span>')).toBe('visible');
  });

  it('leaves text that only looks like a comparison alone', async () => {
    expect(await htmlToText('a < b and 3 > 2')).toBe('a < b and 3 > 2');
  });

  it('decodes every named reference of HTML, not only the common ones', async () => {
    expect(
      await htmlToText(
        '<p>Caf&eacute; cr&egrave;me &Uuml;ber &frac12; &rarr; &AMP; &quot;&apos; &#65;&#x42; &nope; & alone</p>',
      ),
    ).toBe('Café crème Über ½ → & "\' AB &nope; & alone');
  });

  it('turns typographic spaces into plain ones and drops soft hyphens, which would force UCS-2', async () => {
    expect(await htmlToText('10&nbsp;000&ensp;IRR&emsp;paid&thinsp;now, liter\u00a0ally sup&shy;er')).toBe(
      '10 000 IRR paid now, liter ally super',
    );
  });

  it('numbers the items of an ordered list and ignores images outside links', async () => {
    expect(await htmlToText('<ol><li>Open the app</li><li>Enter <img src="c.png" alt="code">the code</li></ol>')).toBe(
      '1. Open the app\n2. Enter the code',
    );
  });
});
