import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { parseSuppressions } from '../../src/screen/suppress.js';
import { parseBaseline } from '../../src/screen/baseline.js';
import { ListError, UsageError } from '../../src/errors.js';
import { parseListText } from '../../src/lists/load.js';

const BOM = '\uFEFF';

describe('JSON inputs saved with a UTF-8 byte-order mark (Notepad) load like any other', () => {
  it('config', () => {
    expect(parseConfig(`${BOM}{ "format": "json" }`, 'fundscreen.config.json')).toMatchObject({ format: 'json' });
  });
  it('ignore file', () => {
    const entries = parseSuppressions(`${BOM}[{ "entity": "hoshine-silicon", "reason": "sold 2025-02-03", "expires": "never" }]`, 'ignore.json');
    expect(entries).toHaveLength(1);
  });
  it('baseline', () => {
    expect(parseBaseline(`${BOM}{ "schemaVersion": 1, "findings": [] }`, 'baseline.json')).toEqual([]);
  });
  it('a byte-order mark anywhere else is still an error', () => {
    expect(() => parseConfig(`{ ${BOM}"format": "json" }`, 'c.json')).toThrow(/not valid JSON/);
  });
});

describe('one JSON reader: a syntax error names the file, line and column in config, ignore, baseline and list files', () => {
  const broken = `${BOM}{\n  "a": 1,\n  "b": ]\n}`; // line 3, column 8, after a BOM
  it.each([
    ['config', () => parseConfig(broken, 'c.json'), UsageError, 'c.json:3:8'],
    ['ignore file', () => parseSuppressions(broken, 'i.json'), UsageError, 'i.json:3:8'],
    ['baseline', () => parseBaseline(broken, 'b.json'), UsageError, 'baseline b.json:3:8'],
    ['list file', () => parseListText(broken, 'l.json'), ListError, 'l.json:3:8'],
  ] as const)('%s', (_, parse, kind, where) => {
    expect(parse).toThrow(kind);
    expect(parse).toThrow(`${where}: not valid JSON`);
  });
});
