/**
 * The screen step: streams every input's records through the matcher, accounts every row,
 * sums exposure per fund, and returns one ScreenResult. Never prints: progress and per-file
 * completion flow out through callbacks; the CLI decides what to show.
 */
import type { HoldingsMeta, HoldingsReader, Position, ReadOptions, SkippedRow } from '../holdings/position.js';
import type { ExpandedInputs, InputFile } from '../holdings/read.js';
import type { LoadedList } from '../lists/schema.js';
import { TIER_RANK, type Matcher, type Tier } from '../match/types.js';
import { MIN_TIER_NOTE, type Finding, type FundSummary, type ListedAfterFileDate, type SalvagedRow, type ScreenResult } from './result.js';
import { coverageLines, DEFAULT_MAX_LIST_AGE_DAYS, staleListWarnings } from '../lists/coverage.js';
import { InputError, NotHoldingsError } from '../errors.js';
import { sumMoney } from '../reference/money.js';
import { applySuppressions, type SuppressionEntry } from './suppress.js';
import { applyBaseline, type BaselineFinding } from './baseline.js';
import { computeExposure, fractionWeightsNote } from './exposure.js';
import { fileFundName, type FundNamer } from './fund-names.js';
import { rawLineFindings, salvagedRaw, skippedRaw } from './raw-line.js';
import { countRecord, emptyRows } from './accounting.js';
import type { PositionObserver } from './observer.js';
import { dirname, relative as relativePath, sep as pathSep } from 'node:path';
import { resolveIn } from '../working-folder.js';
import { ownStrings } from '../own-string.js';
import { peekCutWidth } from '../holdings/cut-width.js';
import { NameLookahead, type NameWorkers } from './name-lookahead.js';

export interface ScreenRequest {
  /** Paths as the user gave them (files, folders, data sets, "-"). */
  inputs: string[];
  lists: LoadedList[];
  readOptions: ReadOptions;
  /** Findings below this tier are dropped (not reported at all). */
  minTier: Tier;
  generatedAt: string;
  tool: { name: string; version: string };
  /** Ignore-file entries (--ignore); compared against `today` for expiry. */
  suppressions?: readonly SuppressionEntry[];
  /** A previous report's findings (--baseline); null: a baseline was asked for but is missing. */
  baseline?: readonly BaselineFinding[] | null;
  /** The run's UTC date, YYYY-MM-DD (suppression expiry, list age). */
  today: string;
  /** Names the user gave inputs whose file names no fund (--fund-name); see fund-names.ts. */
  fundName?: FundNamer;
  /** Warn when an official list is complete only to a date more than this many days before `today`. */
  maxListAgeDays?: number;
  /** With --only-lists: the official lists that count (the lists were already filtered). */
  onlyLists?: string[];
  /** Sees every input as it opens and every screened position (look-through collects fund holdings). */
  observer?: PositionObserver;
}

export interface ScreenProgress {
  source: string;
  rows: number;
  findings: number;
  bytes: number;
  totalBytes: number | null;
}

export interface ScreenCallbacks {
  onProgress?(p: ScreenProgress): void;
  /** Called once per input after its last record. */
  onInputDone?(meta: HoldingsMeta, funds: FundSummary[], findings: number): void;
  /** Called when an input cannot be read at all; the run goes on with the other inputs. */
  onInputError?(err: InputError): void;
}

export interface ScreenDeps {
  /** A user's argument -> the inputs it names (a folder expands to its holdings files). */
  expandInputs(paths: string[]): Promise<ExpandedInputs>;
  openHoldings(path: string, opts: ReadOptions): Promise<HoldingsReader>;
  matcher: Matcher;
  /** Worker threads for the name work of large files (name-lookahead.ts); absent: all on this thread. */
  nameWorkers?: NameWorkers;
}

export interface ScreenOutcome {
  result: ScreenResult;
  /** File-level input errors (each input that could not be read). */
  inputErrors: InputError[];
}

/** Excluded rows a file's warnings name as reading like a listed company, at most. */
const EXCLUDED_SAID = 5;
const PROGRESS_EVERY = 4096;

/** Accumulates one fund's counts and flagged exposure while its rows stream past. */
class FundTally {
  readonly rows = emptyRows();
  /** Screened market value per currency, in the order first seen. */
  readonly screenedValue = new Map<string | null, { amount: number }>();
  /** The last row's currency and its running total: consecutive rows mostly share it (no lookup). */
  private lastCurrency: string | null | undefined = undefined;
  private lastTotal: { amount: number } | undefined;
  /** A row's own report date (N-PORT data sets), else the input's. */
  asOf: string | null = null;

  constructor(
    readonly source: string,
    /** The fund as the rows carry it (the tally's key); `fund` falls back to the file's. */
    readonly rawFund: string | null,
    readonly fund: string | null,
    readonly family: string | null,
  ) {}

  /** The weights the file states for the screened positions with a value, summed; false once one states none. */
  private statedWeight = 0;
  private everyWeightStated = true;

  /** Adds a screened position's value (summed in row order, per currency) and its stated weight. */
  addValue(currency: string | null, amount: number, weightPct: number | null): void {
    if (weightPct === null) this.everyWeightStated = false;
    else this.statedWeight += weightPct;
    let total = this.lastTotal;
    if (total === undefined || currency !== this.lastCurrency) {
      total = this.screenedValue.get(currency);
      if (total === undefined) this.screenedValue.set(currency, (total = { amount: 0 }));
      this.lastCurrency = currency;
      this.lastTotal = total;
    }
    total.amount += amount;
  }

  /** Exposure is worked out once, after suppressions (exposure.ts). */
  summary(meta: HoldingsMeta): FundSummary {
    return {
      source: this.source,
      fund: this.fund,
      family: this.family,
      asOf: this.asOf ?? meta.asOf,
      format: meta.format,
      sha256: meta.sha256 ?? null,
      rows: { ...this.rows },
      screenedValue: sumMoney([...this.screenedValue].map(([currency, total]) => ({ amount: total.amount, currency }))),
      statedWeightPct: this.screenedValue.size > 0 && this.everyWeightStated ? this.statedWeight : null,
    };
  }
}

export async function screen(req: ScreenRequest, deps: ScreenDeps, cb: ScreenCallbacks = {}): Promise<ScreenOutcome> {
  const minRank = TIER_RANK[req.minTier];
  /** Matches --min-tier leaves out, by tier: said, so "no findings" is never read as "nothing matched". */
  const belowMinTier = new Map<Tier, number>();
  const keep = (tier: Tier): boolean => {
    if (TIER_RANK[tier] >= minRank) return true;
    belowMinTier.set(tier, (belowMinTier.get(tier) ?? 0) + 1);
    return false;
  };
  /**
   * Matches --min-tier leaves out, kept only against a baseline: still held, so the baseline's
   * finding of the same holding is neither reported nor "resolved" (it was not sold).
   */
  const belowTierHeld: Finding[] = [];
  const shown = (f: Finding): boolean => {
    if (keep(f.match.tier)) return true;
    if (req.baseline !== undefined) belowTierHeld.push(f);
    return false;
  };
  const inputs: HoldingsMeta[] = [];
  const funds: FundSummary[] = [];
  const findings: Finding[] = [];
  const skipped: SkippedRow[] = [];
  const salvaged: SalvagedRow[] = [];
  const warnings: string[] = [];
  const inputErrors: InputError[] = [];
  // What the list compiler found (bad check digits, unknown exchanges, names that cannot match):
  // a list problem is a coverage problem, so it is said in every run, not only by `explain`.
  for (const w of deps.matcher.warnings ?? []) warnings.push(`list: ${w}`);
  const listsUsed = req.lists.map((l) => {
    const coverage = coverageLines(l, req.today, req.maxListAgeDays ?? DEFAULT_MAX_LIST_AGE_DAYS);
    warnings.push(...staleListWarnings(l.id, coverage, req.maxListAgeDays ?? DEFAULT_MAX_LIST_AGE_DAYS));
    return {
      id: l.id, version: l.version, entities: l.entities.length, sha256: l.sha256, path: l.path, coverage,
      ...(req.onlyLists ? { onlyLists: req.onlyLists } : {}),
    };
  });

  const fail = (err: unknown): void => {
    if (!(err instanceof InputError)) throw err;
    inputErrors.push(err);
    cb.onInputError?.(err);
  };

  // Each argument expands on its own (a folder into its files), so one bad path never stops the others.
  const files: InputFile[] = [];
  for (const arg of req.inputs) {
    try {
      const expanded = await deps.expandInputs([arg]);
      files.push(...expanded.files);
      warnings.push(...expanded.warnings);
    } catch (err) {
      fail(err);
    }
  }

  const lookahead = new NameLookahead(deps.nameWorkers, (w) => warnings.push(w));
  try {
    await screenFiles();
  } finally {
    await lookahead.close();
  }

  async function screenFiles(): Promise<void> {
    // One file is screened once, however often it is named (twice on the command line, as an input
    // and a look-through fund, inside a folder given too): counted twice it would double every figure.
    // A file reached through a symbolic or hard link (EEM_latest.csv -> EEM_2025-01-17.csv) is
    // the same file: known by its device and inode.
    const screenedPaths = new Set<string>();
    const screenedFiles = new Map<string, string>();
    for (const { path, inFolder, identity } of files) {
      const key = path === '-' ? path : resolveIn(req.readOptions.cwd, path);
      if (screenedPaths.has(key)) {
        warnings.push(`${path}: given more than once; screened once`);
        continue;
      }
      screenedPaths.add(key);
      const first = identity === undefined ? undefined : screenedFiles.get(identity);
      if (first !== undefined) {
        // Named from the file screened (a report shows that by its own name, never a local path).
        const rel = relativePath(dirname(resolveIn(req.readOptions.cwd, first)), key) || path;
        warnings.push(`${first}: also reached as ${rel.split(pathSep).join('/')} (a link to the same file); screened once`);
        continue;
      }
      if (identity !== undefined) screenedFiles.set(identity, path);
      let bytes = 0;
      let totalBytes: number | null = null;
      const opts: ReadOptions = {
        ...req.readOptions,
        onBytes: (read, total) => {
          bytes = read;
          totalBytes = total;
        },
      };
      let reader: HoldingsReader;
      try {
        reader = await deps.openHoldings(path, opts);
      } catch (err) {
        // A folder walk found it and it is no holdings layout at all (a README): said, not fatal.
        if (inFolder && err instanceof NotHoldingsError) warnings.push(`${err.file}: skipped, not a holdings file (${err.reason})`);
        else fail(err);
        continue;
      }
      const meta = reader.meta;
      // A fund is never named by a local path: the file's own name, the user's, else the file name.
      const inputName = req.fundName?.(path) ?? fileFundName(path);
      const observer = req.observer;
      observer?.onInput(path, meta, inputName);
      // Funds are keyed per (source, fund): one file is one fund, an N-PORT data set is thousands.
      const tallies = new Map<string, FundTally>();
      const tallyFor = (source: string, fund: string | null, family: string | null): FundTally => {
        const key = `${source}\u0000${fund ?? ''}`;
        let t = tallies.get(key);
        if (!t) {
          t = new FundTally(source, fund, fund ?? meta.fund ?? inputName, family);
          tallies.set(key, t);
        }
        return t;
      };
      let rows = 0;
      let fileFindings = 0;
      let excludedSaid = 0;
      let lastTally: FundTally | null = null;
      try {
        // The width the file cuts names at, read from its first names: a name at it may be cut.
        const { cut, batches } = await peekCutWidth(reader.batches);
        if (cut) meta.nameCut = cut;
        const cutWidths = cut ? [cut.width] : undefined;
        for await (const batch of lookahead.batches(batches, cutWidths)) {
          for (const rec of batch) {
            rows++;
            if (rec.kind === 'skipped') {
              // A skipped row has no fund of its own: it belongs to the fund of the row before it.
              const t = lastTally ?? tallyFor(rec.source, meta.fund, null);
              // Nothing lost on a malformed row: its raw text is searched for listed companies.
              const hits = rawLineFindings(skippedRaw(rec), t.fund, deps.matcher).filter(shown);
              countRecord(t.rows, rec.kind);
              findings.push(...hits);
              fileFindings += hits.length;
              delete rec.text;
              skipped.push(rec);
            } else {
              // Consecutive rows almost always share source and fund: skip the keyed lookup then.
              const t: FundTally =
                lastTally !== null && lastTally.source === rec.source && lastTally.rawFund === rec.fund
                  ? lastTally
                  : tallyFor(rec.source, rec.fund, rec.family);
              lastTally = t;
              countRecord(t.rows, rec.kind);
              if (rec.kind === 'excluded') {
                // Not screened, but not hidden: an excluded row (cash, a future, a swap) whose name
                // reads as a listed company is said, up to a few a file (a restated 13F filing's rows
                // are screened in the filing that replaced them).
                if (rec.issuer !== null && excludedSaid < EXCLUDED_SAID && !rec.reason.startsWith('superseded')) {
                  const listed = deps.matcher.match({ issuer: rec.issuer, ids: {}, cutWidths }).find((m) => m.tier === 'confirmed' || m.tier === 'probable');
                  if (listed !== undefined && excludedSaid++ < EXCLUDED_SAID) {
                    meta.warnings.push(`line ${rec.line}: excluded (${rec.reason}), not screened, though its name reads as the listed ${listed.entity.name} (${listed.tier}): a position in it held another way (a swap, a future) is worth a look`);
                  }
                }
              } else if (rec.kind === 'position') {
                if (rec.salvaged !== undefined) salvaged.push({ source: rec.source, line: rec.line, reason: rec.salvaged });
                if (rec.asOf) t.asOf = rec.asOf;
                if (rec.value !== null) t.addValue(rec.value.currency, rec.value.amount, rec.weightPct);
                observer?.onPosition(rec, t.fund);
                const matches = deps.matcher.match({ issuer: rec.issuer, title: rec.title, ids: rec.ids, cutWidths });
                if (rec.text !== undefined) {
                  // A salvaged row: what its raw text names beyond the reading kept is reported too.
                  for (const f of rawLineFindings(salvagedRaw(rec), t.fund, deps.matcher, matches)) {
                    if (!shown(f)) continue;
                    findings.push(f);
                    fileFindings++;
                  }
                  delete rec.text;
                }
                let flagged: Position | null = null;
                for (const m of matches) {
                  const above = keep(m.tier);
                  if (!above && req.baseline === undefined) continue;
                  // A flagged position carries its date (its filing's, else its file's): listing timing, history.
                  rec.asOf ??= meta.asOf;
                  const late = listedAfterFileDate(m.entity.listings, rec.asOf);
                  // Kept to the end of the run: its own strings, not views into the reader's chunk (own-string.ts).
                  flagged ??= ownStrings(rec.fund === null ? { ...rec, fund: t.fund } : rec);
                  const finding: Finding = { position: flagged, match: m, suppressed: null, ...(late ? { listedAfterFileDate: late } : {}) };
                  if (!above) {
                    belowTierHeld.push(finding);
                    continue;
                  }
                  findings.push(finding);
                  fileFindings++;
                }
              }
            }
            if (cb.onProgress && rows % PROGRESS_EVERY === 0) {
              cb.onProgress({ source: path, rows, findings: fileFindings, bytes, totalBytes });
            }
          }
        }
        // A note (one cell after a blank line: a disclaimer) is no row unless it names a listed
        // company: then it is reported, and counted and listed as a skipped row.
        for (const note of reader.notes ?? []) {
          const t = lastTally ?? tallyFor(note.source, meta.fund, null);
          const reason = 'one cell after a blank line, read as a note (not a row)';
          const hits = rawLineFindings({ source: note.source, line: note.line, text: note.text, why: `skipped (${reason})` }, t.fund, deps.matcher).filter(shown);
          if (hits.length === 0) continue;
          countRecord(t.rows, 'skipped');
          findings.push(...hits);
          fileFindings += hits.length;
          skipped.push({ kind: 'skipped', source: note.source, line: note.line, reason });
        }
      } catch (err) {
        // A file-level failure mid-stream (truncated gzip, broken XML): report it, keep the others.
        fail(err);
      }
      meta.sha256 = (await reader.sha256?.().catch(() => null)) ?? null;
      inputs.push(meta);
      for (const w of meta.warnings) warnings.push(`${meta.source}: ${w}`);
      const fileFunds = [...tallies.values()].map((t) => t.summary(meta));
      if (fileFunds.length === 0) fileFunds.push(new FundTally(path, null, meta.fund ?? inputName, null).summary(meta));
      for (const f of fileFunds) {
        const weightNote = fractionWeightsNote(f);
        if (weightNote !== null) warnings.push(`${meta.source}: ${weightNote}`);
      }
      funds.push(...fileFunds);
      cb.onInputDone?.(meta, fileFunds, fileFindings);
    }
  }

  findings.sort(compareFindings);
  for (const file of req.fundName?.unused() ?? []) warnings.push(`--fund-name ${file}: names no input of this run (a typo?); the fund keeps its own or its file's name`);
  if (belowMinTier.size > 0) {
    const n = [...belowMinTier.values()].reduce((a, b) => a + b, 0);
    const by = (['probable', 'review'] as const).filter((t) => belowMinTier.has(t)).map((t) => `${belowMinTier.get(t)} ${t}`).join(', ');
    warnings.push(`${MIN_TIER_NOTE}${req.minTier}: ${n} match(es) below it left out of this report (${by}); run without it to see them`);
  }
  let final: Finding[] = findings;
  if (req.suppressions) {
    const s = applySuppressions(final, req.suppressions, req.today, new Set(req.lists.flatMap((l) => l.entities.map((e) => e.id))));
    final = s.findings;
    warnings.push(...s.warnings);
  }
  let resolved: ScreenResult['resolved'];
  let carriedOver: ScreenResult['carriedOver'];
  if (req.baseline !== undefined) {
    const b = applyBaseline(final, req.baseline, funds.map((f) => ({ source: f.source, fund: f.fund, screened: f.rows.screened })), belowTierHeld);
    final = b.findings;
    resolved = b.resolved;
    carriedOver = b.carriedOver;
  }
  const result: Omit<ScreenResult, 'exposure'> = {
    tool: req.tool,
    generatedAt: req.generatedAt,
    lists: listsUsed,
    inputs,
    funds,
    findings: final,
    skipped,
    salvaged,
    errors: inputErrors.map((e) => ({ source: e.file, line: e.line ?? null, reason: e.reason })),
    warnings,
    ...(resolved ? { resolved } : {}),
    ...(carriedOver ? { carriedOver } : {}),
  };
  return { result: { ...result, exposure: computeExposure(result) }, inputErrors };
}

/** The note for a finding whose every listing postdates the holdings' date (ISO dates only). */
export function listedAfterFileDate(listings: readonly { date: string }[], fileDate: string | null): ListedAfterFileDate | undefined {
  if (!fileDate || !/^\d{4}-\d{2}-\d{2}$/.test(fileDate) || listings.length === 0) return undefined;
  const first = listings.map((l) => l.date).sort()[0]!;
  return first > fileDate ? { listed: first, fileDate } : undefined;
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.position.source !== b.position.source) return a.position.source < b.position.source ? -1 : 1;
  if (a.position.line !== b.position.line) return a.position.line - b.position.line;
  return TIER_RANK[b.match.tier] - TIER_RANK[a.match.tier] || (a.match.entity.id < b.match.entity.id ? -1 : 1);
}
