/**
 * Compiling lists once per run: every alias analysed and weighted, every identifier validated
 * and keyed, and the indexes the matcher looks candidates up in. Pure; never throws on list data
 * (a bad identifier becomes a warning, not an index entry).
 */
import type { Identifier, ListEntity, LoadedList, Relation } from '../lists/schema.js';
import type { MatchMethod, RelationKind } from './types.js';
import { analyseName, type AnalysedName, type TokenKind } from './normalise.js';
import { bridgedIds, checkId, type IdType } from './identifiers.js';
import { TypoIndex } from './typo-index.js';
import { micCountry, micFor, countryFor, parseTicker, tickerKey, type Market } from './markets.js';

/** Where a compiled alias or identifier leads: a listed entity, directly or through a relation. */
export interface Target {
  entity: number;
  relation: RelationKind;
  /** For relations: the related company's name and where the link is documented. */
  relationName?: string;
  relationSource?: string;
}

export interface CompiledAlias extends Target {
  /** The alias as the list writes it. */
  text: string;
  name: AnalysedName;
  /** Per core token: its weight in scoring. */
  weights: number[];
  /** Per core token: its kind after list-wide frequency (a common word becomes generic). */
  kinds: TokenKind[];
  /** Has at least one distinctive token: may match by similarity, not only exactly. */
  distinctive: boolean;
}

export interface IdEntry extends Target {
  method: MatchMethod;
  /** The identifier as listed (for the explanation). */
  listed: string;
  /** For tickers: the market it is keyed under. */
  market?: Market;
}

export interface CompiledEntity {
  entity: ListEntity;
  listPath: string;
}

export interface CompiledLists {
  entities: CompiledEntity[];
  aliases: CompiledAlias[];
  /** Exact core form -> aliases. */
  byCore: Map<string, number[]>;
  /** Core without spaces -> aliases. */
  byCompact: Map<string, number[]>;
  /** Aliases by their first two words: a cut name whose distinctive words were cut off finds them so. */
  byStart: Map<string, number[]>;
  /** Distinctive token (and adjacent-token concatenation) -> aliases. */
  postings: Map<string, number[]>;
  /** Distinctive vocabulary, sorted (prefix search for cut names). */
  vocab: string[];
  /** Typo search over the distinctive vocabulary. */
  typos: TypoIndex;
  /** Distinctive words the list uses in many entities' names (they weigh less). */
  commonWords: Set<string>;
  /** `${type}:${value}` for isin/cusip/sedol/lei/figi/uscc. */
  ids: Map<string, IdEntry[]>;
  /** Tickers by `${MIC}:${key}`. */
  tickersByMic: Map<string, IdEntry[]>;
  /** Tickers by `${country}:${key}` (CN: the 6-digit code). */
  tickersByCountry: Map<string, IdEntry[]>;
  /** Tickers by key alone: never confirms, only supports a name match. */
  tickersAny: Map<string, IdEntry[]>;
  /** Pairs of listed entities a relation links (`a|b`, both orders): one does not repeat the other. */
  linked: Set<string>;
  warnings: string[];
}

export const WEIGHTS: Record<TokenKind, number> = { distinctive: 1, number: 1, place: 0.4, generic: 0.35 };
/** A distinctive word many listed entities share (a corporate family: Huafu, Zijin) weighs less. */
const COMMON_WEIGHT = 0.6;

export function tokenWeight(c: CompiledLists, text: string, kind: TokenKind): number {
  return kind === 'distinctive' && c.commonWords.has(text) ? COMMON_WEIGHT : WEIGHTS[kind];
}

/** Append to a posting list. Values arrive in order, so a repeat can only be the last one. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** First two core words: how a cut name of common words finds its alias. */
export function startKey(name: AnalysedName): string {
  return name.tokens.slice(0, 2).map((t) => t.text).join(' ');
}

/** Country-level ticker key: CN codes as their 6 digits, elsewhere without leading zeros. */
export function countryTickerKey(country: string, symbol: string): string {
  return country === 'CN' && /^\d+$/.test(symbol) ? symbol.padStart(6, '0') : tickerKey(symbol);
}

const RELATION_KIND: Record<Exclude<Relation['type'], 'renamed-from'>, RelationKind> = {
  // The listed entity is a subsidiary of X: a position in X is the listed entity's parent.
  'subsidiary-of': 'parent',
  'parent-of': 'subsidiary',
  'affiliate-of': 'affiliate',
};

export function compileLists(lists: readonly LoadedList[]): CompiledLists {
  const c: CompiledLists = {
    entities: [], aliases: [], byCore: new Map(), byCompact: new Map(), byStart: new Map(), postings: new Map(), vocab: [],
    typos: new TypoIndex([]), commonWords: new Set(), ids: new Map(), tickersByMic: new Map(),
    tickersByCountry: new Map(), tickersAny: new Map(), linked: new Set(), warnings: [],
  };
  const listIds = new Set(lists.flatMap((l) => l.entities.map((e) => e.id)));
  const pending: Array<{ target: Target; text: string; name: AnalysedName }> = [];
  const links: Array<[string, string]> = [];

  const addName = (target: Target, text: string): void => {
    const name = analyseName(text, { cutWidths: [] });
    if (name.tokens.length === 0) {
      c.warnings.push(`${c.entities[target.entity].entity.id}: name "${text}" is only legal forms or common words; it cannot match by name`);
      return;
    }
    pending.push({ target, text, name });
  };

  const addId = (target: Target, id: Identifier, label: string): void => {
    if (id.type === 'ticker') return addTicker(c, target, id, label);
    if (id.type === 'ofac-ent-num' || id.type === 'other') return;
    const checked = checkId(id.type as IdType, id.value);
    if (!checked.ok) {
      c.warnings.push(`${label}: ${checked.reason}; not used for matching`);
      return;
    }
    // Fund files carry no USCC: it is validated (a list error is reported) but not indexed.
    if (id.type === 'uscc') return;
    const entry: IdEntry = { ...target, method: id.type as MatchMethod, listed: checked.value };
    push(c.ids, `${id.type}:${checked.value}`, entry);
    if (id.type === 'isin') {
      for (const b of bridgedIds(checked.value)) push(c.ids, `${b.type}:${b.value}`, { ...entry, method: b.type as MatchMethod, listed: `${b.value} (from ISIN ${checked.value})` });
    }
  };

  for (const list of lists) {
    for (const entity of list.entities) {
      const index = c.entities.length;
      c.entities.push({ entity, listPath: list.path });
      const direct: Target = { entity: index, relation: 'direct' };
      for (const text of [entity.name, ...entity.aliases]) addName(direct, text);
      for (const id of entity.identifiers) addId(direct, id, entity.id);
      for (const rel of entity.relations) {
        if (rel.type === 'renamed-from') {
          for (const text of [rel.name, ...rel.aliases]) addName(direct, text);
          for (const id of rel.identifiers) addId(direct, id, entity.id);
          continue;
        }
        // A related company that is itself listed matches as its own entity, directly.
        if (rel.targetId && listIds.has(rel.targetId)) {
          links.push([entity.id, rel.targetId]);
          continue;
        }
        const target: Target = { entity: index, relation: RELATION_KIND[rel.type], relationName: rel.name, relationSource: rel.source };
        for (const text of [rel.name, ...rel.aliases]) addName(target, text);
        for (const id of rel.identifiers) addId(target, id, `${entity.id} (${rel.name})`);
      }
    }
  }

  const indexOf = new Map(c.entities.map((e, i) => [e.entity.id, i]));
  for (const [a, b] of links) {
    const ia = indexOf.get(a);
    const ib = indexOf.get(b);
    if (ia !== undefined && ib !== undefined) c.linked.add(`${ia}|${ib}`).add(`${ib}|${ia}`);
  }

  // List-wide frequency: a word in many entities' names says less about which one is meant.
  const df = new Map<string, Set<number>>();
  for (const p of pending) for (const t of p.name.tokens) if (t.kind === 'distinctive') {
    let s = df.get(t.text);
    if (!s) df.set(t.text, (s = new Set()));
    s.add(p.target.entity);
  }
  const limit = Math.max(8, Math.ceil(c.entities.length * 0.02));
  for (const [word, ents] of df) if (ents.size > limit) c.commonWords.add(word);

  const vocab = new Set<string>();
  for (const p of pending) {
    const kinds = p.name.tokens.map((t) => t.kind);
    const alias: CompiledAlias = {
      ...p.target, text: p.text, name: p.name, kinds,
      weights: p.name.tokens.map((t) => tokenWeight(c, t.text, t.kind)),
      distinctive: kinds.some((k) => k === 'distinctive'),
    };
    const ai = c.aliases.length;
    c.aliases.push(alias);
    push(c.byCore, p.name.core, ai);
    push(c.byCompact, p.name.compact, ai);
    push(c.byStart, startKey(p.name), ai);
    if (!alias.distinctive) continue;
    const toks = p.name.tokens;
    toks.forEach((t, i) => {
      if (kinds[i] === 'distinctive') {
        // A word shared by many entities still finds them: its postings are just longer.
        push(c.postings, t.text, ai);
        vocab.add(t.text);
      }
      const next = toks[i + 1];
      if (next && (kinds[i] === 'distinctive' || kinds[i + 1] === 'distinctive')) push(c.postings, t.text + next.text, ai);
    });
  }
  c.vocab = [...vocab].sort();
  c.typos = new TypoIndex(c.vocab);
  return c;
}

function addTicker(c: CompiledLists, target: Target, id: Identifier, label: string): void {
  const parsed = parseTicker(id.value);
  const mic = micFor(id.exchange) ?? parsed.market.mic;
  const country = (id.country ? countryFor(id.country) : undefined) ?? (mic ? micCountry(mic) : undefined) ?? parsed.market.country;
  if (id.exchange && !micFor(id.exchange)) c.warnings.push(`${label}: exchange "${id.exchange}" is not a known market`);
  if (!parsed.symbol) return;
  const entry: IdEntry = { ...target, method: 'ticker', listed: parsed.symbol, market: { mic, country } };
  const key = tickerKey(parsed.symbol);
  if (mic) push(c.tickersByMic, `${mic}:${key}`, entry);
  if (country) push(c.tickersByCountry, `${country}:${countryTickerKey(country, parsed.symbol)}`, entry);
  push(c.tickersAny, key, entry);
}
