import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { parseSuppressions } from '../../src/screen/suppress.js';
import { parseBaseline } from '../../src/screen/baseline.js';

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
