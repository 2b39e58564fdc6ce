/**
 * What look-through needs from a run beyond its findings, collected while the rows stream past
 * (a PositionObserver of screen()): each fund's screened total per currency, and every position
 * that is a holding of another fund of the run (a portfolio's ETF, a target-date fund's index
 * fund), joined to that fund.
 *
 * A fund is known by its name (exact, case and punctuation aside), by the series id and LEI an
 * N-PORT data set or filing gives it (and its share classes' ids), and by identifiers the user tags
 * a file with (`EEM=EEM.csv`). A holding joins a fund by series id, class id, LEI, ISIN, CUSIP,
 * ticker, then exact name, in that order; a holding has a series or class id only when its N-PORT
 * row gives one as an "other" identifier described as such (Form N-PORT has no field of its own
 * for them; see reference/identifiers.ts).
 *
 * Memory: a single-fund input's positions are kept until the end (its fund of funds may be read
 * after it); a multi-fund input (an N-PORT data set, millions of rows) keeps only rows that join a
 * fund known when the row is read: its own funds, the tagged ones, and files read before it.
 */
import type { FundIdentity, HoldingsMeta, Position } from '../holdings/position.js';
import { isValidCusip, isValidIsin, isValidLei } from '../reference/check-digits.js';
import { isClassId, isSeriesId } from '../reference/identifiers.js';
import type { PositionObserver } from './observer.js';
import type { FundRef } from './result.js';
import { fileFundName } from './fund-names.js';
import { ownStrings } from '../own-string.js';


export interface FundTarget extends FundRef {
  family: string | null;
  asOf: string | null;
  /** False when `fund` is only the file's name (the file names no fund and the user gave none). */
  named: boolean;
}

/** A position of `holder` that is a holding of the fund `target`. */
export interface FundLink {
  holder: FundRef;
  position: Position;
  target: FundTarget;
  /** Which identifier joined them: "series id S000063351", "name". */
  matchedBy: string;
}

/** Identifiers a user gave a fund's file (`EEM=funds/EEM.csv`), by input path. */
export type FundTags = ReadonlyMap<string, readonly string[]>;

export interface CollectedLinks {
  links: FundLink[];
  /** Sources of root inputs (the portfolio, or a data set looked through in place): their funds are the holders. */
  rootSources: Set<string>;
  /** Positions of root single-fund inputs (a portfolio) that joined no fund, with their fund. */
  unjoined: { position: Position; holder: FundRef }[];
}

export function fundKey(source: string, fund: string | null): string {
  return `${source}\u0000${fund ?? ''}`;
}

/** An exact fund name, compared without case, punctuation and spacing differences. */
export function fundNameKey(name: string): string {
  return name.toUpperCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Join keys in priority order: a stronger identifier wins over a weaker one. */
const KINDS = [
  ['s', 'series id'],
  ['k', 'class id'],
  ['l', 'LEI'],
  ['i', 'ISIN'],
  ['c', 'CUSIP'],
  ['t', 'ticker'],
  ['n', 'name'],
] as const;
type Kind = (typeof KINDS)[number][0];

/** What a user's tag is: an ISIN, CUSIP or LEI when its check digits say so, a series or class id, else a ticker. */
export function tagKind(tag: string): Kind {
  const t = tag.toUpperCase();
  if (isSeriesId(t)) return 's';
  if (isClassId(t)) return 'k';
  if (t.length === 12 && isValidIsin(t)) return 'i';
  if (t.length === 9 && isValidCusip(t)) return 'c';
  if (t.length === 20 && isValidLei(t)) return 'l';
  return 't';
}

/** How many letters and digits of a name its fingerprint reads (see nameFingerprint). */
const FINGERPRINT_CHARS = 12;

/**
 * A cheap fingerprint of a name's first letters and digits, case folded (FNV-1a over the first
 * FINGERPRINT_CHARS ASCII alphanumerics; separators ignored): equal fund-name keys have equal
 * fingerprints, so a row whose fingerprint no fund has is no fund's name and skips the full
 * normalisation. It runs on every row of a data set: reading only a name's start keeps it cheap (a
 * name sharing a fund's first letters only takes the full path). A name with a non-ASCII character
 * among them gets -1 ("maybe"): it always takes the full path.
 */
export function nameFingerprint(name: string): number {
  let h = 0x811c9dc5;
  let n = 0;
  for (let i = 0; i < name.length && n < FINGERPRINT_CHARS; i++) {
    let c = name.charCodeAt(i);
    if (c > 127) return -1;
    if (c >= 97 && c <= 122) c -= 32;
    else if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) continue;
    h = Math.imul(h ^ c, 0x01000193);
    n++;
  }
  return h >>> 0;
}

export class FundLinkCollector implements PositionObserver {
  private readonly index = new Map<string, FundTarget[]>();
  private readonly kept: { position: Position; fund: string | null }[] = [];
  private readonly rootSources = new Set<string>();
  private readonly singleFund = new Set<string>();
  private readonly inputAsOf = new Map<string, string | null>();
  private multiFund = false;

  constructor(
    /** Input paths whose funds are roots (the portfolio; every fund of a data set screened in place). */
    private readonly rootPaths: ReadonlySet<string>,
    private readonly tags: FundTags = new Map(),
  ) {}

  /** Which kinds of key the index holds: a row is only looked up by those. */
  private readonly kinds = new Set<Kind>();
  /** Fingerprints of every fund name in the index (a prefilter for the name join). */
  private readonly names = new Set<number>();

  private add(kind: Kind, value: string, target: FundTarget): void {
    if (!value) return;
    this.kinds.add(kind);
    if (kind === 'n') this.names.add(nameFingerprint(value));
    const k = `${kind}:${value}`;
    const list = this.index.get(k);
    if (!list) this.index.set(k, [target]);
    else if (!list.some((t) => t.source === target.source && t.fund === target.fund && t.asOf === target.asOf)) list.push(target);
  }

  private addIdentity(source: string, id: FundIdentity): void {
    const target: FundTarget = { source, fund: id.fund, family: id.family, asOf: id.asOf, named: true };
    this.add('n', fundNameKey(id.fund), target);
    if (id.seriesId) this.add('s', id.seriesId.toUpperCase(), target);
    for (const c of id.classIds ?? []) this.add('k', c.toUpperCase(), target);
    if (id.lei) this.add('l', id.lei.toUpperCase(), target);
  }

  onInput(path: string, meta: HoldingsMeta, inputName: string): void {
    this.inputAsOf.set(meta.source, meta.asOf);
    this.multiFund = meta.fundIdentities !== undefined;
    if (this.rootPaths.has(path)) this.rootSources.add(meta.source);
    if (!this.multiFund) this.singleFund.add(meta.source);
    for (const id of meta.fundIdentities ?? []) this.addIdentity(meta.source, id);
    // A single fund's file is known by its own name (its header's); the file name it falls back
    // to in reports is no fund name and joins nothing, but the fund is the one its positions count in.
    const fund = meta.fund ?? inputName;
    if (!meta.fundIdentities && meta.fund) this.addIdentity(meta.source, { fund: meta.fund, family: null, asOf: meta.asOf, ...meta.fundIds });
    const named = meta.fund !== null || inputName !== fileFundName(path);
    const target: FundTarget = { source: meta.source, fund, family: null, asOf: meta.asOf, named };
    for (const tag of this.tags.get(path) ?? []) this.add(tagKind(tag), tag.toUpperCase(), target);
  }

  onPosition(p: Position, fund: string | null): void {
    // A single fund's rows are all kept (their chunks with them); a data set's few kept rows get
    // their own strings, so each does not keep the reader's whole chunk alive (own-string.ts).
    if (!this.multiFund) this.kept.push({ position: p, fund });
    else if (this.join(p) !== null) this.kept.push({ position: ownStrings(p), fund });
  }

  /** The fund a position is a holding of, if any: strongest identifier first; several files of
   *  one fund: the same input's, then the one as of the holder's date, then the latest before it. */
  private join(p: Position): { target: FundTarget; matchedBy: string } | null {
    const k = this.kinds;
    const ids = p.ids;
    const hit =
      (k.has('s') && ids.seriesId ? this.lookup('s', ids.seriesId.toUpperCase()) : null) ??
      (k.has('k') && ids.classId ? this.lookup('k', ids.classId.toUpperCase()) : null) ??
      (k.has('l') && ids.lei ? this.lookup('l', ids.lei.toUpperCase()) : null) ??
      (k.has('i') && ids.isin ? this.lookup('i', ids.isin.toUpperCase()) : null) ??
      (k.has('c') && ids.cusip ? this.lookup('c', ids.cusip.toUpperCase()) : null) ??
      (k.has('t') && ids.ticker ? this.lookup('t', ids.ticker.toUpperCase()) : null) ??
      (k.has('n') && this.maybeName(p.issuer) ? this.lookup('n', fundNameKey(p.issuer)) : null);
    if (!hit) return null;
    const asOf = p.asOf ?? this.inputAsOf.get(p.source) ?? null;
    const label = KINDS.find(([kind]) => kind === hit.kind)![1];
    return { target: pickTarget(hit.found, p.source, asOf), matchedBy: hit.kind === 'n' ? 'exact fund name' : `${label} ${hit.value}` };
  }

  private maybeName(issuer: string): boolean {
    const f = nameFingerprint(issuer);
    return f === -1 || this.names.has(f);
  }

  private lookup(kind: Kind, value: string): { kind: Kind; value: string; found: FundTarget[] } | null {
    const found = this.index.get(`${kind}:${value}`);
    return found ? { kind, value, found } : null;
  }


  finish(): CollectedLinks {
    const links: FundLink[] = [];
    const unjoined: CollectedLinks['unjoined'] = [];
    for (const { position: p, fund } of this.kept) {
      const holder: FundRef = { source: p.source, fund };
      const j = this.join(p);
      // A fund's row naming the fund itself (a share class line) is not a holding of another fund.
      const self = j !== null && j.target.source === holder.source && j.target.fund === holder.fund;
      if (j && !self) links.push({ holder, position: p, target: j.target, matchedBy: j.matchedBy });
      else if (this.rootSources.has(p.source) && this.singleFund.has(p.source)) unjoined.push({ position: p, holder });
    }
    return { links, rootSources: new Set(this.rootSources), unjoined };
  }
}

function pickTarget(found: readonly FundTarget[], source: string, asOf: string | null): FundTarget {
  if (found.length === 1) return found[0];
  const same = found.filter((t) => t.source === source);
  const pool = same.length > 0 ? same : found;
  const exact = pool.find((t) => asOf !== null && t.asOf === asOf);
  if (exact) return exact;
  const dated = [...pool].sort((a, b) => ((a.asOf ?? '') < (b.asOf ?? '') ? 1 : -1));
  return dated.find((t) => asOf === null || (t.asOf !== null && t.asOf <= asOf)) ?? dated[0];
}
