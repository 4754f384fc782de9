import { describe, expect, it } from 'vitest';
import { findXmlUnsafeText } from '../../shared/contract/unsafe-text';
import { isXmlSafe, stripXmlUnsafe } from '../../shared/domain/xml-safe-text';
import { escapeXml } from '../../shared/reporting/profile-chart-svg';

describe('text XML can hold', () => {
  it.each([
    ['plain German text', 'Bürgerbüro Süd – 1.234,5 €', true],
    ['tab, line feed and carriage return', 'a\tb\nc\rd', true],
    ['an emoji (a surrogate pair)', 'Familie 👪', true],
    ['U+0001', 'Böse\u0001stadt', false],
    ['U+0008', 'x\u0008', false],
    ['U+000B (vertical tab)', 'x\u000B', false],
    ['U+001F', '\u001F', false],
    ['U+FFFE', 'x\uFFFE', false],
    ['U+FFFF', '\uFFFFx', false],
    ['a lone high surrogate', 'x\uD83Dy', false],
    ['a lone low surrogate', 'x\uDC6Ay', false],
  ])('%s', (_name, text, safe) => {
    expect(isXmlSafe(text)).toBe(safe);
    expect(isXmlSafe(stripXmlUnsafe(text))).toBe(true);
    if (safe) expect(stripXmlUnsafe(text)).toBe(text);
  });

  it('finds the first unsafe string anywhere in an input and names its path', () => {
    expect(findXmlUnsafeText({ a: 'ok', b: [1, { c: 'ok' }] })).toBeNull();
    expect(findXmlUnsafeText({ a: 'ok', b: [1, { c: 'x\u0001' }] })).toBe('b.1.c');
    expect(findXmlUnsafeText('\uFFFE')).toBe('');
  });

  it('keeps SVG text well-formed', () => {
    expect(escapeXml('A & B <c> "d"\u0001\uFFFF')).toBe('A &#38; B &#60;c&#62; &#34;d&#34;');
  });
});
