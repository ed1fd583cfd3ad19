import { describe, expect, it } from 'vitest';
import { parseXml, XmlSyntaxError, type XmlElement } from '../../../main/mail/autodiscover/xml';

/** Elements as plain data, so toEqual compares the whole tree. */
function plain(e: XmlElement): unknown {
  return { name: e.name, attributes: Object.fromEntries(e.attributes), text: e.text, children: e.children.map(plain) };
}

describe('parseXml', () => {
  it('reads elements, attributes, text, CDATA and character references; skips the declaration, PIs and comments', () => {
    const doc = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment -->
<a x="1" y='&quot;two&quot;'>
  <b>fish &amp; chips &lt;3 &#65;&#x42;</b><?pi ignored?>
  <c/><c z = "3" />
  <d><![CDATA[<raw> & ]]>tail</d>
</a>
<!-- trailing comment -->
`;
    expect(plain(parseXml(doc))).toEqual({
      name: 'a',
      attributes: { x: '1', y: '"two"' },
      text: '\n  \n  \n  \n',
      children: [
        { name: 'b', attributes: {}, text: 'fish & chips <3 AB', children: [] },
        { name: 'c', attributes: {}, text: '', children: [] },
        { name: 'c', attributes: { z: '3' }, text: '', children: [] },
        { name: 'd', attributes: {}, text: '<raw> & tail', children: [] },
      ],
    });
  });

  it.each([
    ['<a><b></a>', 'unexpected closing tag a at offset 6'],
    ['<a>', 'unclosed element a at offset 3'],
    ['', 'no root element at offset 0'],
    ['<a/><b/>', 'a second root element at offset 4'],
    ['<a/>text', 'text outside the root element at offset 4'],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 'DOCTYPE and other declarations are not accepted at offset 0'],
    ['<a>&x;</a>', 'unknown or invalid reference &x; at offset 3'],
    ['<a>&#0;</a>', 'unknown or invalid reference &#0; at offset 3'],
    ['<a>fish & chips</a>', '"&" without a reference at offset 3'],
    ['<a x="1" x="2"/>', 'duplicate attribute x at offset 12'],
    ['<a x="1"y="2"/>', 'expected whitespace before an attribute at offset 8'],
    ['<a x=1/>', 'expected a quoted attribute value at offset 5'],
    ['<a x="<"/>', '"<" not allowed here at offset 6'],
    ['<a><!-- open </a>', 'unterminated comment at offset 7'],
    ['<a', 'expected ">" or "/>" at offset 2'],
  ])('refuses %j', (doc, message) => {
    expect(() => parseXml(doc)).toThrow(XmlSyntaxError);
    expect(() => parseXml(doc)).toThrow(message);
  });

  it('limits nesting depth and element count', () => {
    expect(() => parseXml('<a><a><a></a></a></a>', { maxDepth: 2, maxElements: 100 })).toThrow('elements nested too deep at offset 6');
    expect(() => parseXml('<a><b/><b/><b/></a>', { maxDepth: 10, maxElements: 3 })).toThrow('too many elements at offset 11');
  });
});
