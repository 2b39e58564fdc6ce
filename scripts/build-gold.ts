/**
 * Dev-time generator of fixtures/eval/gold.csv, the matcher's gold set (like scripts/build-list.ts
 * for the list). Deterministic: same inputs, same bytes.
 *
 *   npx tsx scripts/build-gold.ts            write fixtures/eval/gold.csv
 *   npx tsx scripts/build-gold.ts --check    exit 1 if the committed file differs
 * Any other argument is refused (exit 2, the file untouched): a mistyped --check must not rewrite it.
 *
 * Rows, in this order:
 * 1. From lists/xinjiang.json, per listed company (governments and people hold no securities):
 *    its name as iShares writes it (upper case, "Co., Ltd." -> LTD, " A" for an A-share company,
 *    cut at 34 characters), as Vanguard does ("Co. Ltd."), as N-PORT does (upper case, no
 *    punctuation) and abbreviated as 13F does (GRP, TECH, HLDGS...); its first alias in the
 *    iShares and N-PORT ways and its second in the iShares way (a Chinese alias as listed); a
 *    former name in the Vanguard way; each ticker alone on its exchange, and once more with its
 *    leading zeros lost; each ISIN alone; each recorded relation to an unlisted company (N-PORT
 *    and Vanguard ways), labelled with the relation.
 * 2. From the real samples in ../shared/sources/holdings: every labelled holding
 *    (fixtures/eval/real-samples.csv: `strong` = flagged confirmed or probable; `review` = worth a
 *    look, labelled "none" here) with the identifiers the file gives; then, as negatives, every
 *    other issuer whose name shares a place or distinctive word with a listed company's names.
 * 3. fixtures/eval/curated.csv: hand-written rows (hard negatives, other spellings), as they are.
 * An issuer string (with its identifiers) appears once: the first row wins.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { ListEntity, ListFile } from '../src/lists/schema.js';
import type { Identifiers } from '../src/holdings/position.js';
import { openHoldings } from '../src/holdings/read.js';
import { analyseName } from '../src/match/normalise.js';
import { exchangeName } from '../src/reference/markets.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GOLD_PATH = path.join(repoRoot, 'fixtures', 'eval', 'gold.csv');
const LIST_PATH = path.join(repoRoot, 'lists', 'xinjiang.json');
const LABELS_PATH = path.join(repoRoot, 'fixtures', 'eval', 'real-samples.csv');
const CURATED_PATH = path.join(repoRoot, 'fixtures', 'eval', 'curated.csv');
const SAMPLE_DIRS = ['ishares', 'vanguard', 'spdr', 'sec_nport', 'sec_13f'];

const COLUMNS = ['issuer', 'ticker', 'exchange', 'country', 'isin', 'cusip', 'sedol', 'expected', 'relation', 'style', 'note'] as const;
type GoldRow = Record<(typeof COLUMNS)[number], string>;
const ID_COLUMNS = ['ticker', 'exchange', 'country', 'isin', 'cusip', 'sedol'] as const;

function row(issuer: string, expected: string, relation: string, style: string, note: string, ids: Partial<Record<(typeof ID_COLUMNS)[number], string>> = {}): GoldRow {
  const r = Object.fromEntries(COLUMNS.map((c) => [c, ''])) as GoldRow;
  Object.assign(r, { issuer, expected, relation, style, note });
  for (const k of ID_COLUMNS) r[k] = ids[k] ?? '';
  return r;
}

// ---- how fund files write a listed name ----

const CO_LTD = /,?\s*Co\.?,?\s*Ltd\.?/i;

/** iShares: upper case, "Co., Ltd." as LTD, " & " as "&", no dots or commas, the share class letter, cut at 34. */
function ishares(name: string, shareClass: string): string {
  const s = name.replace(CO_LTD, ' LTD').replace(/\s*&\s*/g, '&').replace(/[.,]/g, '').replace(/\s+/g, ' ').trim().toUpperCase();
  return `${s}${shareClass ? ` ${shareClass}` : ''}`.slice(0, 34).trimEnd();
}

/** Vanguard: the list's spelling with "Co., Ltd." as "Co. Ltd." and no comma before Ltd. */
function vanguard(name: string): string {
  return name.replace(/Co\., Ltd\.?/, 'Co. Ltd.').replace(/, Ltd\./, ' Ltd.');
}

/** N-PORT: upper case without dots or commas. */
function nport(name: string): string {
  return name.replace(/[.,]/g, '').replace(/\s+/g, ' ').trim().toUpperCase();
}

const THIRTEEN_F: Record<string, string> = { GROUP: 'GRP', TECHNOLOGY: 'TECH', HOLDINGS: 'HLDGS', INDUSTRY: 'IND', INTERNATIONAL: 'INTL' };

/** 13F: N-PORT with the usual abbreviations. */
function thirteenF(name: string): string {
  return nport(name).replace(/\b[A-Z]+\b/g, (w) => THIRTEEN_F[w] ?? w);
}

/**
 * Vendor short name (Bloomberg style): upper case, legal forms dropped, cut at 26 characters
 * wherever that falls, the share class hung on with a hyphen.
 */
function shortName(name: string, shareClass: string): string {
  const s = nport(name).replace(/\b(?:CO|LTD|LIMITED|CORPORATION|CORP|INC|COMPANY)\b/g, '').replace(/\s+/g, ' ').trim();
  return `${s.slice(0, 26).trimEnd()}-${shareClass}`;
}

const HAN = /\p{Script=Han}/u;

/**
 * A name that can flag on its own: it has a distinctive word, or three or more common ones. The
 * matcher takes two common words ("Western Gold") to review only, by design: left out.
 */
function byNameAlone(name: string): boolean {
  const tokens = analyseName(name, { cutWidths: [] }).tokens;
  return tokens.some((t) => t.kind === 'distinctive') || tokens.length >= 3;
}

function listRows(entity: ListEntity): GoldRow[] {
  const out: GoldRow[] = [];
  const id = entity.id;
  const tickers = entity.identifiers.filter((i) => i.type === 'ticker' && i.exchange);
  // iShares writes the share class: A for a mainland listing, H for a Hong Kong one.
  const shareClass = tickers.some((t) => t.exchange === 'XSHG' || t.exchange === 'XSHE') ? 'A' : tickers.some((t) => t.exchange === 'XHKG') ? 'H' : '';
  if (byNameAlone(entity.name)) {
    out.push(
      row(ishares(entity.name, shareClass), id, 'direct', 'ishares', 'list name, iShares style'),
      row(vanguard(entity.name), id, 'direct', 'vanguard', 'list name, Vanguard style'),
      row(nport(entity.name), id, 'direct', 'nport', 'N-PORT style'),
      row(thirteenF(entity.name), id, 'direct', '13f', 'abbreviated (13F style)'),
    );
    if (shareClass) out.push(row(shortName(entity.name, shareClass), id, 'direct', 'short-name', 'vendor short name (Bloomberg style)'));
  }
  entity.aliases.slice(0, 2).forEach((alias, i) => {
    if (HAN.test(alias)) return out.push(row(alias, id, 'direct', 'chinese', 'Chinese name as listed'));
    if (!byNameAlone(alias)) return;
    out.push(row(ishares(alias, shareClass), id, 'direct', 'ishares', 'list alias, iShares style'));
    if (i === 0) out.push(row(nport(alias), id, 'direct', 'nport', 'N-PORT style'));
  });
  for (const rel of entity.relations) if (rel.type === 'renamed-from') out.push(row(vanguard(rel.name), id, 'direct', 'vanguard', 'former name (renamed-from)'));
  for (const t of tickers) {
    const exchange = exchangeName(t.exchange!) ?? t.exchange!;
    out.push(row('N/A', id, 'direct', 'ticker-only', `listed ticker ${t.value} ${t.exchange}`, { ticker: t.value, exchange }));
    if (/^0\d*$/.test(t.value)) {
      out.push(row(ishares(entity.name, shareClass), id, 'direct', 'lost-zeros', `re-saved file: ${t.value} lost its leading zeros`, { ticker: t.value.replace(/^0+/, ''), exchange, country: 'China' }));
    }
  }
  for (const isin of entity.identifiers.filter((i) => i.type === 'isin')) out.push(row('N/A', id, 'direct', 'isin-only', 'listed ISIN', { isin: isin.value }));
  const RELATION = { 'subsidiary-of': 'parent', 'parent-of': 'subsidiary', 'affiliate-of': 'affiliate' } as const;
  for (const rel of entity.relations) {
    if (rel.type === 'renamed-from' || rel.targetId) continue;
    const note = `${rel.type} ${rel.name}`;
    out.push(row(nport(rel.name), id, RELATION[rel.type], 'nport', note), row(vanguard(rel.name), id, RELATION[rel.type], 'vanguard', note));
  }
  return out;
}

// ---- the real samples ----

/** strong: the listed entity is held; unlinked: a company of its group whose link the list does not record (not a finding). */
interface Label { sample: string; line: string; expected: string; relation: string; tier: 'strong' | 'unlinked' }

function idColumns(ids: Identifiers): Partial<Record<(typeof ID_COLUMNS)[number], string>> {
  return Object.fromEntries(ID_COLUMNS.filter((k) => ids[k]).map((k) => [k, ids[k]!]));
}

async function sampleRows(holdingsDir: string, entities: ListEntity[]): Promise<GoldRow[]> {
  const labels = new Map<string, Label>();
  for (const l of parse(readFileSync(LABELS_PATH, 'utf8'), { columns: true }) as Label[]) labels.set(`${l.sample}:${l.line}`, l);
  // Words that say which entity is meant: places and distinctive words of every listed name.
  const listWords = new Set<string>();
  for (const e of entities) {
    for (const name of [e.name, ...e.aliases, ...e.relations.flatMap((r) => [r.name, ...r.aliases])]) {
      for (const t of analyseName(name, { cutWidths: [] }).tokens) if (t.kind === 'distinctive' || t.kind === 'place') listWords.add(t.text);
    }
  }
  const positives: GoldRow[] = [];
  const negatives = new Map<string, GoldRow>(); // by issuer and identifiers: the first file and line that writes them
  const labelled = new Set<string>();
  for (const dir of SAMPLE_DIRS) {
    for (const file of readdirSync(path.join(holdingsDir, dir)).filter((f) => /\.(csv|xml|xlsx)$/.test(f)).sort()) {
      const sample = file.split('_')[0];
      const reader = await openHoldings(path.join(holdingsDir, dir, file), {});
      for await (const batch of reader.batches) for (const rec of batch) {
        if (rec.kind !== 'position') continue;
        const label = labels.get(`${sample}:${rec.line}`);
        const ids = idColumns(rec.ids);
        if (label) {
          labelled.add(rec.issuer);
          const strong = label.tier === 'strong';
          positives.push(row(rec.issuer, strong ? label.expected : '', strong ? label.relation : '', `real-${dir}`,
            strong ? `listed holding in a real sample: ${sample} line ${rec.line}` : `group company of ${label.expected} by name, link not recorded on the list (not a finding): ${sample} line ${rec.line}`, ids));
        } else if (!negatives.has(idKey(rec.issuer, ids)) && analyseName(rec.issuer).tokens.some((t) => listWords.has(t.text))) {
          negatives.set(idKey(rec.issuer, ids), row(rec.issuer, '', '', `real-${dir}`, `real sample issuer sharing a word with the list: ${sample} line ${rec.line}`, ids));
        }
      }
    }
  }
  // A name a labelled holding has is not asserted as a negative elsewhere.
  return [...positives, ...[...negatives.values()].filter((r) => !labelled.has(r.issuer))];
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function idKey(issuer: string, ids: Partial<Record<(typeof ID_COLUMNS)[number], string>>): string {
  return [issuer, ...ID_COLUMNS.map((k) => ids[k] ?? '')].join('\u0001');
}

function rowKey(r: GoldRow): string {
  return idKey(r.issuer, r);
}

export async function buildGold(holdingsDir = path.resolve(repoRoot, '..', 'shared', 'sources', 'holdings')): Promise<string> {
  const list = JSON.parse(readFileSync(LIST_PATH, 'utf8')) as ListFile;
  const companies = list.entities.filter((e) => e.type === 'company');
  const curated = parse(readFileSync(CURATED_PATH, 'utf8'), { columns: true }) as GoldRow[];
  const all = [...companies.flatMap(listRows), ...(await sampleRows(holdingsDir, list.entities)), ...curated];
  const seen = new Set<string>();
  const rows = all.filter((r) => !seen.has(rowKey(r)) && seen.add(rowKey(r)));
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvField(r[c])).join(','))].join('\n') + '\n';
}

/** What the command line asks for: write (no argument) or check (--check); anything else is refused. */
export function goldMode(args: readonly string[]): 'write' | 'check' | { refused: string } {
  if (args.length === 0) return 'write';
  if (args.length === 1 && args[0] === '--check') return 'check';
  return { refused: args.find((a) => a !== '--check') ?? args.join(' ') };
}

const mode = import.meta.url === pathToFileURL(process.argv[1] ?? '').href ? goldMode(process.argv.slice(2)) : undefined;
if (typeof mode === 'object') {
  process.stderr.write(`build-gold: unknown argument "${mode.refused}" (usage: build-gold.ts [--check]); ${GOLD_PATH} not written\n`);
  process.exitCode = 2;
} else if (mode) {
  const text = await buildGold();
  if (mode === 'check') {
    const same = readFileSync(GOLD_PATH, 'utf8') === text;
    process.stdout.write(same ? 'gold.csv is up to date\n' : 'gold.csv differs from scripts/build-gold.ts output: run npx tsx scripts/build-gold.ts\n');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(GOLD_PATH, text);
    process.stdout.write(`wrote ${GOLD_PATH}: ${text.split('\n').length - 2} rows\n`);
  }
}
