/**
 * The last look at a row that could not be read: its raw text is searched for what identifies a
 * listed company without a column to say which cell is which — an identifier with a valid check
 * digit (ISIN, CUSIP, SEDOL, LEI, FIGI, USCC), a ticker together with its market named in the same
 * row, or a listed name written word for word (after the matcher's own normalisation). Every hit
 * is `review` with method `raw-line`: a human decides. Pure; uses the compiled lists' indexes.
 */
import { ESCAPE_SEQUENCE, CONTROL, INVISIBLE } from '../control-chars.js';
import { countryFor, micFor, parseTicker, tickerKey } from '../reference/markets.js';
import { aliasAt, countryTickerKey, filedUnder, shortNameAlias, type CompiledLists, type IdEntry, type Target } from './compile.js';
import { bridgedIds, checkId, type IdType } from './identifiers.js';
import { analyseName } from './normalise.js';
import { hanNameHeads } from './han-pinyin.js';
import type { Match } from './types.js';

/**
 * Text searched for names (identifiers are searched in all of it): as much as a skipped row
 * carries. The matcher analyses no more of an issuer either: a longer cell is not a name, and
 * matching costs time in proportion to the words (a 1 MB cell took 0.4 s).
 */
export const MAX_NAME_TEXT = 64 * 1024;
/** Longest listed name looked for, in words. */
const MAX_NAME_WORDS = 12;
/**
 * A one-word listed name this short (an acronym: CSC, AVIC) is too common in stray text; in Han,
 * where a character is a syllable, three characters say as much (合盛硅业, 海康威视).
 */
const MIN_ONE_WORD = 5;
const MIN_ONE_HAN_WORD = 3;
const HAN = /\p{Script=Han}/u;

const ID_LENGTHS: ReadonlyMap<number, readonly IdType[]> = new Map([
  [7, ['sedol']], [9, ['cusip']], [12, ['isin', 'figi']], [18, ['uscc']], [20, ['lei']],
]);

/** Cells of a raw line, whatever its delimiter: quotes and edge spaces removed. */
function cellsOf(text: string): string[] {
  return text.split(/[,;\t|]/).map((c) => c.replace(/"/g, '').trim()).filter((c) => c.length > 0);
}

/**
 * The text as the readers would have read it: NUL bytes and what shows nothing removed (never
 * spaces: "HOS\0HINE" and "HOS\u200bHINE" are HOSHINE), escape sequences dropped whole, other
 * controls turned into spaces.
 */
function readable(text: string): string {
  // Tabs stay: they may be the row's delimiter.
  return text.replace(/\0/g, '').replace(INVISIBLE, '').replace(ESCAPE_SEQUENCE, '').replace(CONTROL, (ch) => (ch === '\t' ? ch : ' '));
}

export function searchRawText(c: CompiledLists, raw: string): Match[] {
  const text = readable(raw);
  const found = new Map<number, Match>();
  const hit = (t: Target, alias: string, what: string) => {
    if (found.has(t.entity)) return;
    const ce = c.entities[t.entity];
    const relation = t.relation === 'direct' ? '' : ` (${t.relation} ${t.relationName ?? ''} of the listed ${ce.entity.name}${t.relationSource ? `, source ${t.relationSource}` : ''})`;
    const m: Match = {
      entity: ce.entity, listPath: ce.listPath, relation: t.relation, tier: 'review', method: 'raw-line', score: 1, alias,
      explanation: `the raw text of the row contains ${what}${relation}`,
      evidence: [{ rule: 'raw-line', cap: 'review', detail: { what } }],
    };
    if (t.relationSource) m.relationSource = t.relationSource;
    found.set(t.entity, m);
  };

  // Identifiers: every run of letters and digits of an identifier's length, by check digit.
  for (const token of text.toUpperCase().split(/[^A-Z0-9]+/)) {
    const types = ID_LENGTHS.get(token.length);
    if (!types) continue;
    for (const type of types) {
      const checked = checkId(type, token);
      if (!checked.ok) continue;
      const keys = [{ type, value: checked.value }, ...(type === 'isin' ? bridgedIds(checked.value) : [])];
      for (const k of keys) {
        for (const e of c.ids.get(`${k.type}:${k.value}`) ?? []) hit(e, e.listed, `${k.type.toUpperCase()} ${k.value}${e.listed === k.value ? '' : ` (listed as ${e.listed})`}, an identifier of the list`);
      }
    }
  }

  // Tickers, only on a market the same row names (an exchange, a country, a vendor suffix).
  const cells = cellsOf(text.length > MAX_NAME_TEXT ? text.slice(0, MAX_NAME_TEXT) : text);
  // Each distinct cell is looked at once (a row of thousands of repeated cells costs no more).
  const distinct = new Set(cells);
  const mics = new Set<string>();
  const countries = new Set<string>();
  for (const cell of distinct) {
    const mic = micFor(cell);
    if (mic) mics.add(mic);
    const country = countryFor(cell);
    if (country) countries.add(country);
  }
  for (const cell of distinct) {
    if (cell.length > 16) continue;
    const parsed = parseTicker(cell);
    const key = tickerKey(parsed.symbol);
    if (!key || !c.tickersAny.has(key)) continue;
    const entries = new Set<IdEntry>();
    const inMics = parsed.market.mic ? [parsed.market.mic] : [...mics];
    for (const mic of inMics) for (const e of c.tickersByMic.get(`${mic}:${key}`) ?? []) entries.add(e);
    const inCountries = parsed.market.country ? [parsed.market.country] : [...countries];
    for (const country of inCountries) {
      // A short code under a country alone may be another market's line (as in the matcher).
      if (country === 'CN' && /^\d{1,4}$/.test(parsed.symbol)) continue;
      for (const e of c.tickersByCountry.get(`${country}:${countryTickerKey(country, parsed.symbol)}`) ?? []) entries.add(e);
    }
    for (const e of entries) hit(e, e.listed, `ticker ${parsed.symbol} with its market (${e.market?.mic ?? e.market?.country}) in the same row, the listed ticker ${e.listed}`);
  }

  // Listed names, word for word: windows of the row's normalised words (cell by cell, so a
  // name cut by a stray delimiter is still found across the cut).
  const words: string[] = [];
  const wordsOf = new Map<string, string[]>();
  for (const cell of cells) {
    let w = wordsOf.get(cell);
    if (w === undefined) {
      const analysed = analyseName(cell, { cutWidths: [] });
      wordsOf.set(cell, (w = analysed.tokens.map((t) => t.text)));
      // A registered name in Han holds the list's short name (杭州海康威视数字技术股份有限公司 / 海康威视),
      // as the matcher's han-short-name rule reads it: a company's name, never a person's.
      if (HAN.test(analysed.core)) {
        for (const { head } of hanNameHeads(analysed.core)) {
          for (const ai of filedUnder(c.byCore, head)) {
            if (!shortNameAlias(c, ai)) continue;
            const alias = aliasAt(c, ai);
            hit(alias, alias.text, `the listed name "${alias.text}" inside the registered name "${cell}"`);
          }
        }
      }
    }
    for (const t of w) words.push(t);
  }
  for (let i = 0; i < words.length; i++) {
    let key = '';
    for (let j = i; j < words.length && j - i < MAX_NAME_WORDS; j++) {
      key = j === i ? words[i] : `${key} ${words[j]}`;
      for (const ai of filedUnder(c.byCore, key)) {
        const alias = aliasAt(c, ai);
        if (!alias.distinctive || (alias.name.tokens.length === 1 && key.length < (HAN.test(key) ? MIN_ONE_HAN_WORD : MIN_ONE_WORD))) continue;
        const steps = alias.name.steps;
        const spelled = steps.includes('letters transcribed') ? ' (letters transcribed)' : steps.includes('read in pinyin') ? ' (read in pinyin)' : '';
        hit(alias, alias.text, `the listed name "${alias.text}" word for word${spelled}`);
      }
    }
  }
  return [...found.values()].sort((a, b) => (a.entity.id < b.entity.id ? -1 : 1));
}
