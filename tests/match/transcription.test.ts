import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/matcher.js';
import { transcribedSpelling } from '../../src/match/normalise.js';
import { confirmingForms, validateList } from '../../src/lists/validate.js';
import type { ListEntity, ListFile, LoadedList } from '../../src/lists/schema.js';

// Real companies: Drägerwerk AG & Co. KGaA (Lübeck), Ørsted A/S (Fredericia), Dürr AG (Bietigheim-Bissingen).
const entity = (id: string, name: string, aliases: string[] = []): ListEntity => ({
  id, name, type: 'company', aliases, identifiers: [], relations: [],
  listings: [{ list: 'test', date: '2026-01-01', citation: 'test list', url: 'https://example.org/list', verification: 'verified' }],
});
const list = (...entities: ListEntity[]): LoadedList => ({ id: 'test', version: '2026-01-01', sha256: '0'.repeat(64), path: 'test.json', entities } as LoadedList);

const matcher = createMatcher([list(entity('draegerwerk', 'Drägerwerk AG & Co. KGaA'), entity('orsted', 'Ørsted A/S'), entity('durr', 'DÜRR AG'))]);
const match = (issuer: string) => matcher.match({ issuer, ids: {} });
const rules = (x: { evidence: Array<{ rule: string }> }): string[] => x.evidence.map((e) => e.rule);

describe('ä ö ü ø å in a listed name: its transcribed spelling is the same alias', () => {
  it.each([
    ['DRAEGERWERK AG & CO KGAA', 'draegerwerk', 'Drägerwerk AG & Co. KGaA'],
    ['OERSTED AS', 'orsted', 'Ørsted A/S'],
    ['DUERR AG', 'durr', 'DÜRR AG'],
  ])('%s is confirmed as %s, showing the list text and saying the letters were transcribed', (issuer, id, alias) => {
    const [m, ...rest] = match(issuer);
    expect(m.entity.id).toBe(id);
    expect(m.tier).toBe('confirmed');
    expect(rules(m)).toContain('exact-name');
    expect(m.alias).toBe(alias);
    expect(m.explanation).toContain('letters transcribed');
    expect(rest).toEqual([]);
  });

  it('a raw row holding the transcription finds the entity, the list text shown and the transcription said', () => {
    const [h] = matcher.searchRawText('x;DRAEGERWERK;1000;EUR');
    expect([h.entity.id, h.alias, rules(h)]).toEqual(['draegerwerk', 'Drägerwerk AG & Co. KGaA', ['raw-line']]);
    expect(h.explanation).toContain('(letters transcribed)');
  });

  it.each([
    ['DRAGERWERK AG & CO KGAA', 'draegerwerk'],
    ['ORSTED AS', 'orsted'],
    ['DURR AG', 'durr'],
  ])('the plain folding %s is still confirmed as %s, with no transcription in its explanation', (issuer, id) => {
    const [m] = match(issuer);
    expect(m.entity.id).toBe(id);
    expect(m.tier).toBe('confirmed');
    expect(m.explanation).not.toContain('letters transcribed');
  });

  it('a different word is not matched: oe is not read as a (ORAESTED), nor ue as i (DIERR)', () => {
    for (const issuer of ['ORAESTED AS', 'DIERR AG']) {
      expect(match(issuer).filter((m) => m.tier === 'confirmed' || m.tier === 'probable')).toEqual([]);
    }
  });

  it('transcribes name words only, keeping case; a legal-form word keeps its letters (the form table spells it plainly)', () => {
    expect(transcribedSpelling('Drägerwerk AG & Co. KGaA')).toBe('Draegerwerk AG & Co. KGaA');
    expect(transcribedSpelling('DÜRR AG')).toBe('DUERR AG');
    expect(transcribedSpelling('Ålandsbanken Abp')).toBe('Aalandsbanken Abp');
    expect(transcribedSpelling('Huhtamäki Osakeyhtiö')).toBe('Huhtamaeki Osakeyhtiö');
    expect(transcribedSpelling('Du\u0308rr AG')).toBe('Duerr AG');
    expect(transcribedSpelling('A.P. Møller - Mærsk A/S')).toBe('A.P. Moeller - Mærsk A/S');
    expect(transcribedSpelling('Symrise AG')).toBeNull();
  });
});

describe('one owner per alias: the derived spelling is the entity\'s own', () => {
  const file = (...entities: ListEntity[]): ListFile => ({ ...list(...entities), entities } as unknown as ListFile);

  it('an alias written in the transcription of its own name is no conflict', () => {
    expect(confirmingForms('Dürr AG')).toEqual(['durr', 'duerr']);
    expect(validateList(file(entity('durr', 'Dürr AG', ['Duerr Aktiengesellschaft'])))).toEqual([]);
  });

  it("another entity's alias that reads as the transcription is a conflict, as the matcher would confirm both", () => {
    const problems = validateList(file(entity('durr', 'Dürr AG'), entity('other', 'Other GmbH', ['Duerr'])));
    expect(problems.join('\n')).toMatch(/alias "Duerr" reads as "duerr".*entity durr/);
  });
});
