import { describe, expect, it } from 'vitest';
import { IdentifierIndex } from '../../src/holdings/formats/sec/identifier-index.js';

describe('IDENTIFIERS.tsv index', () => {
  it('folds several rows per HOLDING_ID, in any file order, first non-empty value wins', () => {
    const index = new IdentifierIndex();
    index.add('300', '', 'DQ');
    index.add('100', 'DE0007164600', '');
    index.add('300', 'US23703Q2030', '');
    index.add('200', 'N/A', 'N/A'); // placeholders only: not stored
    index.add('300', 'US0000000000', 'OTHER'); // later rows do not override
    index.add('HX-9', 'CNE100000B81', ''); // non-numeric ids work too
    index.add('400', 'N/A', 'N/A', 'S000063351'); // a series id alone is kept
    index.add('100', '', '', 'S000013795'); // and folds into the holding's other rows
    index.add('500', '', '', 'C000205374'); // a share-class id goes in the same slot, told apart by its C
    index.finish();
    expect(index.size).toBe(8); // identifier rows kept (the placeholder-only row is dropped)
    expect(index.get('300')).toEqual({ isin: 'US23703Q2030', ticker: 'DQ', seriesId: null, classId: null });
    expect(index.get('100')).toEqual({ isin: 'DE0007164600', ticker: null, seriesId: 'S000013795', classId: null });
    expect(index.get('400')).toEqual({ isin: null, ticker: null, seriesId: 'S000063351', classId: null });
    expect(index.get('500')).toEqual({ isin: null, ticker: null, seriesId: null, classId: 'C000205374' });
    expect(index.get('200')).toBeNull();
    expect(index.get('999')).toBeNull();
    expect(index.get('HX-9')).toEqual({ isin: 'CNE100000B81', ticker: null, seriesId: null, classId: null });
  });

  it('counts a HOLDING_ID matched by more than one holdings row (an ambiguous join)', () => {
    const index = new IdentifierIndex();
    for (let i = 1; i <= 1000; i++) index.add(String(i), `ZZ${String(i).padStart(9, '0')}0`, '');
    index.finish();
    for (let i = 1; i <= 1000; i++) expect(index.get(String(i))?.isin).toBe(`ZZ${String(i).padStart(9, '0')}0`);
    expect(index.reused).toBe(0);
    index.get('7');
    expect(index.reused).toBe(1);
  });
});
