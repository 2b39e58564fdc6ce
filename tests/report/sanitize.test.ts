import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { renderReport } from '../../src/report/index.js';
import { csvCell, htmlEscape, markdownCell, markdownUrl, safeUrl, terminalText } from '../../src/report/sanitize.js';
import type { ScreenResult } from '../../src/screen/result.js';
import { ENTITIES, match, position, sampleResult, withExposure } from './sample-result.js';

const ESC = '\u001b';

/** One finding whose input-derived text attacks every medium at once. */
function hostileResult(): ScreenResult {
  const base = sampleResult([]);
  const source = `evil${ESC}]8;;https://x.example${ESC}\\.csv`;
  const p = position({
    source, line: 7, fund: '=HYPERLINK("https://x.example","Fund") | `tick` <script>alert(1)</script>',
    issuer: `HOSHINE${ESC}[2J${ESC}[31m SILICON | \`x\` <img src=x onerror=alert(1)> **bold**`,
    ids: { ticker: '+603260', exchange: '@Shanghai' }, shares: -5, value: { amount: -1234.5, currency: 'USD' }, weightPct: 0.01,
  });
  return withExposure({
    ...base,
    funds: [{ source, fund: p.fund, family: null, asOf: null, format: 'generic-csv', rows: { read: 2, screened: 1, excluded: 0, skipped: 1 }, screenedValue: [{ amount: -1234.5, currency: 'USD' }] }],
    findings: [{ position: p, match: match(ENTITIES.hoshine, 'confirmed', 'ticker', '603260', 'ticker matched'), suppressed: null }],
    skipped: [{ kind: 'skipped', source, line: 9, reason: `unclosed quote near "${ESC}[2J"` }],
  });
}

const opts = { color: false, width: 80, showSuppressed: false };

describe('terminal output', () => {
  it('strips escape sequences and control characters from input-derived text', () => {
    expect(terminalText(`A${ESC}[2JB`)).toBe('AB');
    expect(terminalText(`A${ESC}]0;title\u0007B`)).toBe('AB');
    expect(terminalText('A\u009b31mB\u202eC')).toBe('AB C');
    const table = renderReport(hostileResult(), 'table', opts);
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(table).toContain('HOSHINE SILICON');
    expect(table).toContain('line 9: unclosed quote');
  });

  it('keeps only our own colour codes when colour is on', () => {
    const table = renderReport(hostileResult(), 'table', { ...opts, color: true });
    expect(table).toContain(`${ESC}[`); // colour is on
    expect(table).not.toContain(`${ESC}[2J`);
    expect(table).not.toContain(`${ESC}]8`);
  });
});

describe('CSV output', () => {
  it('neutralises cells a spreadsheet would run as formulas, keeps numbers numeric', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell(-1234.5)).toBe('-1234.5');
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    const rows = parse(renderReport(hostileResult(), 'csv', opts), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0].fund.startsWith("'=HYPERLINK")).toBe(true);
    expect(rows[0].ticker).toBe("'+603260");
    expect(rows[0].exchange).toBe("'@Shanghai");
    expect(rows[0].market_value).toBe('-1234.5');
    expect(rows[0].shares).toBe('-5');
  });
});

describe('Markdown output', () => {
  it('escapes pipes, backticks and markup in cells', () => {
    expect(markdownCell('a | b `c` <d> *e*')).toBe('a \\| b \\`c\\` \\<d\\> \\*e\\*');
    const md = renderReport(hostileResult(), 'markdown', opts);
    const findingRow = md.split('\n').find((l) => l.includes('HOSHINE'))!;
    // Every unescaped pipe is a cell border: the row keeps the header's column count.
    const header = md.split('\n').find((l) => l.startsWith('| Fund | Line | Issuer'))!;
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    expect(cells(findingRow)).toBe(cells(header));
    expect(md).not.toMatch(/[^\\]`tick/);
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/m);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
  });

  it('links only https URLs and encodes characters that would end a link', () => {
    expect(markdownUrl('https://a.example/x(1)')).toBe('https://a.example/x%281%29');
    expect(markdownUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('HTML output', () => {
  it('escapes everything input-derived and ships no script', () => {
    expect(htmlEscape(`<a href="x">'&`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
    const html = renderReport(hostileResult(), 'html', opts);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('declares a strict CSP and loads nothing from outside the file', () => {
    const html = renderReport(sampleResult(), 'html', opts);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/unsafe-inline|script-src [^;]*'self'/);
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/);
    expect(html).not.toMatch(/\bsrc=/);
    expect(html).not.toMatch(/@import|url\(/);
    for (const href of html.matchAll(/href="([^"]+)"/g)) expect(href[1]).toMatch(/^https:\/\//);
  });

  it('never links a non-https URL from a user list', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('http://x.example')).toBeNull();
    const r = sampleResult();
    const evil = { ...ENTITIES.hoshine, listings: [{ ...ENTITIES.hoshine.listings[0], url: 'javascript:alert(1)' }] };
    r.findings = [{ ...r.findings[1], match: { ...r.findings[1].match, entity: evil } }];
    const html = renderReport(withExposure(r), 'html', opts);
    expect(html).not.toContain('javascript:');
  });
});
