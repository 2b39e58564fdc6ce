import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { AmpersandMender } from '../../src/holdings/formats/sec/xml-ampersands.js';

/** Mend `doc` fed as the given chunks; the offsets are checked to point at the escapes made. */
function mend(chunks: string[]): { text: string; count: number } {
  const m = new AmpersandMender();
  let text = '';
  let count = 0;
  chunks.forEach((c, i) => {
    const r = m.push(c, i === chunks.length - 1);
    for (const at of r.at) expect(r.text.slice(at, at + 5)).toBe('&amp;');
    text += r.text;
    count += r.at.length;
  });
  return { text, count };
}

/** Every leaf's text as saxes reads it, failing on any error. */
function leaves(xml: string): string[] {
  const p = new SaxesParser();
  const out: string[] = [];
  let text = '';
  p.on('text', (t) => (text += t));
  p.on('cdata', (t) => (text += t));
  p.on('opentag', () => (text = ''));
  p.on('closetag', () => {
    if (text.trim()) out.push(text);
    text = '';
  });
  p.on('error', (e) => {
    throw e;
  });
  p.write(xml).close();
  return out;
}

const DOC =
  '<?xml version="1.0"?>\n<t>\n<n>AT&T INC</n>\n<n>X & Y</n><n>P&Q;R</n>\n' +
  '<n>B&amp;C &#38; &#x26; &lt;&gt;&quot;&apos;</n><n>NESTL&Eacute;</n><n>A&#1;B &#xD800; &#1114112;</n>\n' +
  '<n a="S&P"><![CDATA[keep & &Eacute;]]></n><!-- a & b --><n>end&</n>\n</t>';

describe('ampersands XML would refuse', () => {
  it('reads each as written, keeps well-formed references, leaves CDATA and comments alone', () => {
    const { text, count } = mend([DOC]);
    // AT&T, X & Y, P&Q;, &Eacute;, &#1;, &#xD800;, &#1114112;, S&P (an attribute), end&.
    expect(count).toBe(9);
    expect(text).toContain('<![CDATA[keep & &Eacute;]]>');
    expect(text).toContain('<!-- a & b -->');
    expect(leaves(text)).toEqual(['AT&T INC', 'X & Y', 'P&Q;R', `B&C & & <>"'`, 'NESTL&Eacute;', 'A&#1;B &#xD800; &#1114112;', 'keep & &Eacute;', 'end&']);
  });

  it('gives the same text however the input is cut into chunks', () => {
    const whole = mend([DOC]);
    for (let a = 0; a <= DOC.length; a++) {
      expect(mend([DOC.slice(0, a), DOC.slice(a)])).toEqual(whole);
    }
    expect(mend([...DOC])).toEqual(whole);
  });

  it('a long run of name characters after & is no reference', () => {
    const name = `<n>A&${'B'.repeat(60)}</n>`;
    expect(leaves(mend([name]).text)).toEqual([`A&${'B'.repeat(60)}`]);
    expect(mend([...name]).text).toBe(mend([name]).text);
  });

  it("leaves a reference to an entity the DOCTYPE declares to the parser (doctype-entities.ts: expanded when plain internal text, else the row is skipped)", () => {
    const doc = '<!DOCTYPE t [\n <!ENTITY lol "lol">\n <!ENTITY % pe "x">\n <!ENTITY lol1 "&lol;&lol;">\n]>\n<t><n>&lol1;</n><n>&pe;</n><n>&other;</n></t>';
    const whole = mend([doc]);
    expect(whole.text).toBe(doc.replace('&other;', '&amp;other;').replace('&pe;', '&amp;pe;'));
    for (let a = 0; a <= doc.length; a++) expect(mend([doc.slice(0, a), doc.slice(a)])).toEqual(whole);
  });

  it('text with nothing to mend is passed on unchanged', () => {
    const clean = '<a x="1">A &amp; B<![CDATA[<&>]]><!-- & --></a>';
    expect(mend([clean])).toEqual({ text: clean, count: 0 });
  });
});
