/**
 * @jest-environment node
 */
import { el, escapeXml, renderXmlDocument } from '@/lib/xml';
import { parseXml } from '../xml';

describe('escapeXml', () => {
  it.each([
    ['the five specials', `Tom & Jerry's <"show">`, 'Tom &amp; Jerry&apos;s &lt;&quot;show&quot;&gt;'],
    ['an entity is escaped, not trusted', '&amp; &#x3C;', '&amp;amp; &amp;#x3C;'],
    ['control characters are dropped', 'a\u0000b\u0007c\u001Fd', 'abcd'],
    ['tab, newline and carriage return stay', 'a\tb\nc\rd', 'a\tb\nc\rd'],
    ['non-characters are dropped', 'a\uFFFEb\uFFFF', 'ab'],
    ['a lone surrogate is dropped, a pair is kept', 'x\uD800y 😀', 'xy 😀'],
    ['numbers become text', 42, '42'],
  ])('%s', (_label, input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('renderXmlDocument', () => {
  it('writes a document a real parser reads back to the same text, whatever the text holds', () => {
    const hostile = `</title><script>alert(1)</script> & "quotes" ]]> \u0001 <!-- -->`;
    const xml = renderXmlDocument(
      el('root', { attr: hostile, skipped: undefined }, el('title', {}, hostile), el('empty'), null, false),
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const doc = parseXml(xml);
    const clean = hostile.replace('\u0001', '');
    expect(doc.root.title).toBe(clean);
    expect(doc.root['@attr']).toBe(clean);
    expect(doc.root).not.toHaveProperty('@skipped');
    expect(doc.root.empty).toBe('');
  });
});
