/**
 * Name analysis as named steps (NAME_STEPS, and WORD_RULES inside the 'word-rules' pass): their
 * order, and a few steps run on their own by id, on the state the steps before them leave.
 */
import { describe, expect, it } from 'vitest';
import { analyseName, createNameState, NAME_STEPS, noRuleReads, WORD_RULES, type AnalyseOptions, type NameState } from '../../src/match/normalise.js';
import * as vocabulary from '../../src/match/vocabulary.js';
import { COMPANY_TYPES } from '../../src/match/company-types.js';

function step(id: string) {
  const found = NAME_STEPS.find((s) => s.id === id);
  if (!found) throw new Error(`no name step ${id}`);
  return found;
}

function rule(id: string) {
  const found = WORD_RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no word rule ${id}`);
  return found;
}

/** The state every step before `id` leaves. */
function before(id: string, raw: string, opts?: AnalyseOptions): NameState {
  const s = createNameState(raw, opts);
  for (const st of NAME_STEPS) {
    if (st.id === id) return s;
    st.run(s);
  }
  throw new Error(`no name step ${id}`);
}

/** The state after every step but the ones named. */
function without(ids: readonly string[], raw: string): NameState {
  const s = createNameState(raw);
  for (const st of NAME_STEPS) if (!ids.includes(st.id)) st.run(s);
  return s;
}

const texts = (s: NameState) => s.words.map((w) => w.text);
const dropped = (s: NameState) => s.words.filter((w) => w.drop).map((w) => w.text);
const core = (s: NameState) => s.tokens.map((t) => t.text).join(' ');

describe('name steps: the list', () => {
  it('runs in this order', () => {
    expect(NAME_STEPS.map((s) => s.id)).toEqual([
      'debt-tail', 'registry-tag', 'ticker-tag', 'share-type', 'scan', 'camel-case', 'security-phrases', 'canonical-phrases', 'translations', 'han-pinyin', 'words', 'leading-initials', 'norm',
      'cut-detection', 'legal-forms', 'company-types', 'named-after', 'word-rules', 'trailing-strip', 'cut-completion', 'tokens',
    ]);
    expect(WORD_RULES.map((r) => r.id)).toEqual([
      'marked-legal-form', 'han-legal-suffix', 'han-translation', 'roman-numeral', 'number-words', 'series-letter', 'canonical-spelling',
      'legal-form-word', 'security-word', 'stop-word', 'ratio', 'listing-tag',
    ]);
  });

  it('analyseName is the steps run in order over a fresh state', () => {
    // (analyseName calls the steps by name: these names take every step somewhere.)
    const names = ['ZIJIN MINING GROUP CO LTD 1.5% 06/27', 'Mitsubishi Denki Kabushiki Kaisha', 'XINJIANG GOLDWIND SCIENCE&TECHNOLO', 'Carlyle Partners VII',
      '新疆中泰化学股份有限公司', 'A P MOLLER MAERSK', 'HANGZHOU HIKVISION DIGITAL TEC-A', 'NK Rosneft PAO', 'BAIDU INC SPONSORED ADR REPRESENTING 8 SHS',
      'Hong Kong Exchanges & Clearing', 'TeleSystems (XSHE)', 'Owner Trust 2023-A', 'Seventy-Seven Energy', 'FAR EASTERN NEW CENTURY CORPOR', 'Drägerwerk AG & Co. KGaA'];
    const options: AnalyseOptions[] = [{}, { guessCut: true }, { cutWidths: [] }, { pinyin: true }];
    for (const raw of names) {
      for (const opts of options) {
        const s = createNameState(raw, opts.pinyin ? { ...opts, cutWidths: [], guessCut: false } : opts);
        for (const st of NAME_STEPS) st.run(s);
        const a = analyseName(raw, opts);
        expect([s.tokens, s.norm, s.steps, s.legalForms, s.truncated, s.cutEnd, s.cutGuessed, s.companyTypes, s.written, s.camel, s.formInside || undefined]).toEqual(
          [a.tokens, a.norm, a.steps, a.legalForms, a.truncated, a.cutEnd, a.cutGuessed, a.companyTypes, a.written, a.camel, a.formInside]);
      }
    }
  });
});

describe('name steps: each on its own', () => {
  it('debt-tail: cuts a bond description to its issuer, which then is no cut name', () => {
    const s = createNameState(' ZIJIN MINING GROUP CO LTD 1.5% 06/27 ');
    step('debt-tail').run(s);
    expect(s.trimmed).toBe('ZIJIN MINING GROUP CO LTD');
    expect(s.cutWidths).toEqual([]);
    expect(s.steps).toEqual(['coupon and maturity removed']);
    const plain = createNameState(' 1.5% 06/27 ');
    step('debt-tail').run(plain);
    expect(plain.trimmed).toBe('1.5% 06/27'); // nothing named before it: not a bond's tail
    expect(plain.cutWidths.length).toBeGreaterThan(0);
  });

  it('translations: without the step, words of other languages stay as written', () => {
    expect(core(without(['translations'], 'Mitsubishi Denki Kabushiki Kaisha'))).toContain('denki');
    expect(analyseName('Mitsubishi Denki Kabushiki Kaisha').core).toBe(analyseName('Mitsubishi Electric Corporation').core);
  });

  it('legal-forms: marks a form written after the name, and only the form', () => {
    const s = before('legal-forms', 'Siemens Aktiengesellschaft');
    expect(dropped(s)).toEqual([]);
    step('legal-forms').run(s);
    expect(dropped(s)).toEqual(['aktiengesellschaft']);
    expect(s.legalForms).toEqual([]); // recorded by the word pass ('marked-legal-form')
    step('word-rules').run(s);
    expect(s.legalForms).toEqual(['aktiengesellschaft']);
  });

  it('company-types: sets aside a company-type abbreviation beside the legal forms the step before marked', () => {
    const s = before('company-types', 'NK Lukoil PAO');
    expect(dropped(s)).toEqual(['pao']);
    step('company-types').run(s);
    expect(dropped(s)).toEqual(['nk', 'pao']);
    expect(s.companyTypes).toEqual(['nk']);
    // Without the legal-forms step, no post-Soviet form is seen: a two-letter type is kept.
    expect(core(without(['legal-forms'], 'NK Lukoil PAO'))).toContain('nk');
  });

  it('named-after: sets aside the honoree after imeni / named after when a distinctive word stays before it', () => {
    const s = before('named-after', 'AO NPO Splav imeni A.N. Ganicheva');
    step('named-after').run(s);
    expect(dropped(s)).toEqual(['ao', 'npo', 'imeni', 'an', 'ganicheva']);
    expect(s.steps).toContain('honoree removed');
    expect(core(without([], 'Zelenodolsk Plant named after A.M. Gorky'))).toBe('zelenodolsk plant');
    // Named by its honoree alone: the surname kept, in the nominative; the marker, title and initials set aside.
    expect(core(without([], 'Zavod imeni Degtyareva'))).toBe('plant degtyarev');
    expect(core(without([], 'OAO ZAVOD IM V A DEGTYAREVA'))).toBe('plant degtyarev');
    expect(core(without([], 'JSC Plant named after V.A. Degtyarev'))).toBe('plant degtyarev');
    expect(core(without([], 'Plant named after Academician A. Shipunov'))).toBe('plant shipunov');
    // IM only before an initial; a surname not in -ov/-ev/-in keeps its ending.
    expect(core(without([], 'IM Flash Technologies'))).toContain('im');
    expect(core(without([], 'Zavod imeni Gorkogo'))).toBe('plant gorkogo');
  });

  it('cut-completion: completes the last word only of a name the cut detection found cut', () => {
    const cut = before('cut-completion', 'XINJIANG GOLDWIND SCIENCE&TECHNOLO');
    expect(cut.truncated).toBe(true);
    step('cut-completion').run(cut);
    expect(cut.cutEnd).toBe(true);
    expect(texts(cut).at(-1)).toBe('technology');
    const whole = before('cut-completion', 'XINJIANG GOLDWIND SCIENCE&TECHNOLO', { cutWidths: [], guessCut: true });
    step('cut-completion').run(whole);
    // No width says it is cut: a long name ending in no vocabulary word may be, but is not completed.
    expect(whole.cutEnd).toBe(true);
    expect(whole.cutGuessed).toBe(true);
    expect(texts(whole).at(-1)).toBe('technolo');
    const short = before('cut-completion', 'GOLDWIND TECHNOLO', { cutWidths: [], guessCut: true }); // under 24 characters
    step('cut-completion').run(short);
    expect(short.cutEnd).toBe(false);
    const listed = before('cut-completion', 'XINJIANG GOLDWIND SCIENCE&TECHNOLO', { cutWidths: [] }); // a list name: never guessed
    step('cut-completion').run(listed);
    expect(listed.cutEnd).toBe(false);
  });
});

describe('word rules: each on its own', () => {
  it('the pass skips only words every rule leaves as they are (noRuleReads)', () => {
    // Every word of the vocabulary tables, numerals, digits, single letters and Han, first and
    // last in a name: where the pass would skip the word, each rule on its own returns 0 and
    // changes nothing.
    const words = new Set<string>(['xiv', 'vii', 'xi', 'iv', 'ix', 'v', 'x', 'a', 'b', 'h', '2023', '25', 'cny1', 'hkd010', '002230', 'xshe', 'usd',
      '化学', '有限公司', 'zhongtai', 'steel', 'x1', 'c1', 'fund', 'partners', 'seventy', 'seven', 'first']);
    const collect = (v: unknown): void => {
      if (typeof v === 'string') {
        for (const w of v.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
      } else if (v instanceof Map) for (const [k, x] of v) { collect(k); collect(x); }
      else if (v instanceof Set || Array.isArray(v)) for (const x of v) collect(x);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { collect(k); collect(x); }
    };
    collect(Object.values(vocabulary));
    collect(COMPANY_TYPES.map((t) => [t.abbreviation, t.phrases ?? []]));
    // (What a rule may change: its words, their marks, what the state records.)
    const snapshot = (s: NameState) => JSON.stringify([s.words.map((w) => [w.text, w.drop, w.form, w.spelled]), s.steps, s.legalForms, s.sawSecurity, s.formInside, s.companyTypes]);
    let skipped = 0;
    for (const w of words) {
      for (const raw of [`${w} Tianshan Partners`, `Tianshan Fund ${w}`]) {
        const s = before('word-rules', raw);
        const was = snapshot(s);
        s.words.forEach((word, i) => {
          if (!noRuleReads(word)) return;
          skipped++;
          for (const r of WORD_RULES) expect([r.id, raw, r.apply(s, i), snapshot(s)]).toEqual([r.id, raw, 0, was]);
        });
      }
    }
    expect(skipped).toBeGreaterThan(1000);
  });

  it('number-words: a tens word takes the unit after it; the pass then skips nothing else', () => {
    const s = before('word-rules', 'Seventy-Seven Bank');
    expect(rule('number-words').apply(s, 0)).toBe(0); // rewrites, and lets later rules look at the word
    expect(texts(s)).toEqual(['77', 'seven', 'bank']);
    expect(dropped(s)).toEqual(['seven']);
  });

  it('number-words: a tens word takes the ordinal after it (Twenty-First = 21st), as fund files write it', () => {
    const s = before('word-rules', 'Twenty-First Century Fox');
    expect(rule('number-words').apply(s, 0)).toBe(0);
    expect(texts(s)).toEqual(['21st', 'first', 'century', 'fox']);
    expect(dropped(s)).toEqual(['first']);
    expect(analyseName('Twenty-First Century Fox, Inc.').core).toBe(analyseName('21ST CENTURY FOX').core);
  });

  it('marked-legal-form: records the forms the legal-forms step marked, not a unit word a tens word took', () => {
    expect(analyseName('Seventy-Seven Bank Ltd').legalForms).toEqual(['ltd']);
    const a = analyseName('Seventy-Seven Bank');
    expect(a.legalForms).toEqual([]);
    expect(a.steps).not.toContain('legal form removed');
    const s = before('word-rules', 'Siemens AG');
    expect(rule('marked-legal-form').apply(s, 0)).toBe(0);
    expect(rule('marked-legal-form').apply(s, 1)).toBe(1);
    expect(s.legalForms).toEqual(['ag']);
  });

  it('series-letter: joins a letter to the year before it, and settles the letter', () => {
    const s = before('word-rules', 'Owner Trust 2023-A');
    expect(rule('series-letter').apply(s, 1)).toBe(0);
    expect(rule('series-letter').apply(s, 3)).toBe(1);
    expect(texts(s)).toEqual(['owner', 'trust', '2023a', 'a']);
    expect(dropped(s)).toEqual(['a']);
  });

  it('security-word: CLASS takes its letter (two words settled); SERIES before a number keeps it as a vintage', () => {
    const cls = before('word-rules', 'FOO CLASS B');
    expect(rule('security-word').apply(cls, 1)).toBe(2);
    expect(dropped(cls)).toEqual(['class', 'b']);
    expect(cls.sawSecurity).toBe(true);
    const series = before('word-rules', 'FOO TRUST SERIES 2007');
    expect(rule('security-word').apply(series, 2)).toBe(1);
    expect(series.sawSecurity).toBe(false);
    expect(rule('ratio').apply(series, 3)).toBe(0); // so the number is not read as a ratio
    const adr = before('word-rules', 'FOO ADR REPRESENTING 25 SHS');
    rule('security-word').apply(adr, 1);
    expect(rule('ratio').apply(adr, 3)).toBe(1);
    expect(dropped(adr)).toContain('25');
  });

  it('security-word: one the name starts with is a word of the name; ratio: digits that end the name are its number', () => {
    for (const name of ['UNIT CORP', 'PREFERRED BANK', 'REG TECHNOLOGIES INC', 'THE SERIES 3 FUND']) {
      const s = before('word-rules', name);
      const first = s.words.findIndex((w) => !w.drop);
      expect(rule('security-word').apply(s, first)).toBe(0);
    }
    expect(analyseName('UNIT CORP').core).toBe('unit');
    expect(analyseName('MILITARY UNIT 74455').core).toBe('military unit 74455'); // a number ending the name: UNIT is the name's too
    expect(analyseName('FOO TRUST SERIES 2007').core).toBe('foo trust 2007'); // (a series keeps its vintage, not its word)
    expect(analyseName('WIPRO ADR REPTG ONE LTD').core).toBe('wipro'); // after a ratio's word
    // A registered name's tail continues the name: its first word may be a security word.
    expect(analyseName('SPONSORED RUSSIA RU DR', { continuation: true }).core).toBe('russia ru dr');
  });

  it('roman-numeral: not the first word; a single V only after a fund family word ending the name', () => {
    const s = before('word-rules', 'Carlyle Partners VII');
    rule('roman-numeral').apply(s, 2);
    expect(texts(s)[2]).toBe('7');
    const first = before('word-rules', 'XIV Corp');
    rule('roman-numeral').apply(first, 0);
    expect(texts(first)[0]).toBe('xiv');
    const brand = before('word-rules', 'Advanced Ceramic X');
    rule('roman-numeral').apply(brand, 2);
    expect(texts(brand)[2]).toBe('x');
    const fund = before('word-rules', 'Apollo Investment Fund X');
    rule('roman-numeral').apply(fund, 3);
    expect(texts(fund)[3]).toBe('10');
  });
});
