/**
 * `lists validate`: the schema plus the checks a schema cannot express. Every problem is reported
 * (never just the first), each prefixed with the entity id so a maintainer can find it. Pure.
 */
import { analyseName, mayTranscribe, type AnalysedName } from '../match/normalise.js';
import { checkId, isIdType } from '../reference/identifiers.js';
import { parseListJson } from './json-file.js';
import { schemaProblems } from './problems.js';
import { entityLabel, ListFileSchema, otherEntityLabel, readsAlikeWarning, type EntityRows, type Identifier, type ListFile } from './schema.js';
import { CONTROL } from '../control-chars.js';

/**
 * Longest name or alias a list may hold. The longest official names run to a few hundred
 * characters (a UFLPA row with its former names inside); a name of megabytes is damage or
 * hostile, and the matcher's analysis of it can run out of stack.
 */
export const MAX_NAME_LENGTH = 2000;

/** CONTROL without its g flag: a global regex keeps lastIndex between calls, so test/exec would skip. */
const HAS_CONTROL = new RegExp(CONTROL.source);

/** "U+202E at 4": the first character of a name that acts instead of showing, for a problem's text. */
function controlIn(text: string): string | null {
  const m = HAS_CONTROL.exec(text);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at character ${m.index + 1}` : null;
}

/** A real calendar date in ISO form (2021-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  const m = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

export function isHttpsUrl(text: string): boolean {
  try {
    const u = new URL(text);
    // A control character would be percent-encoded by URL and slip through: a link must be plain.
    return u.protocol === 'https:' && Boolean(u.hostname) && u.hostname.includes('.') && !/\s/.test(text) && !HAS_CONTROL.test(text);
  } catch {
    return false;
  }
}


/**
 * The forms the matcher confirms a name on when a holding's name equals them (analyseName's core,
 * and its compact form from 4 characters): two entities sharing one would both be confirmed for
 * one holding. The matcher's own normaliser, so validation and matching cannot disagree.
 */
export function confirmingForms(text: string): string[] {
  if (text.length > MAX_NAME_LENGTH) return []; // a problem of its own (validateList); never analysed
  const forms = formsOf(analyseName(text, { cutWidths: [] }));
  // The matcher also confirms a name in its transcribed spelling (Dürr as DUERR): the same alias's.
  if (mayTranscribe(text)) for (const f of formsOf(analyseName(text, { cutWidths: [], transcribe: true }))) if (!forms.includes(f)) forms.push(f);
  return forms;
}

function formsOf(n: AnalysedName): string[] {
  if (!n.core) return [];
  return n.compact.length >= 4 && n.compact !== n.core ? [n.core, n.compact] : [n.core];
}

/** Problems of an entity's (or relation's) identifiers, added to `problems`. */
function identifierProblems(where: string, ids: Identifier[], httpsUrl: (text: string) => boolean, problems: string[]): void {
  ids.forEach((id, i) => {
    // The registry's reading, as the matcher reads it: a code it would drop is a problem here.
    const check = isIdType(id.type) ? checkId(id.type, id.value) : null;
    if (check && !check.ok) problems.push(`${where} identifiers[${i}]: ${check.reason}`);
    if (id.source !== undefined && !httpsUrl(id.source)) problems.push(`${where} identifiers[${i}].source: not an https URL: ${id.source}`);
  });
}

/**
 * A control character, escape or bidi override in a name acts wherever the name is shown (a
 * terminal, a report) and no fund file writes one: an editing accident or a hostile list. `i`: 0
 * for the name, 1... for the aliases.
 */
function textProblems(where: string, text: string, i: number, problems: string[]): void {
  if (text.length > MAX_NAME_LENGTH) problems.push(`${where} ${i === 0 ? 'name' : `aliases[${i - 1}]`}: ${text.length} characters long (at most ${MAX_NAME_LENGTH}): "${text.slice(0, 40)}..."`);
  const c = controlIn(text);
  if (c) problems.push(`${where} ${i === 0 ? 'name' : `aliases[${i - 1}]`}: holds a control character, escape or bidi override (${c})`);
}

/**
 * The entity's other text (listings, identifiers, relations, notes) holds no control character,
 * escape or bidi override either: it is shown in reports, `lists show` and `lists diff` as names are.
 */
function controlProblems(where: string, value: unknown, at: string, problems: string[]): void {
  if (typeof value === 'string') {
    const c = controlIn(value);
    if (c) problems.push(`${where} ${at}: holds a control character, escape or bidi override (${c})`);
  } else if (Array.isArray(value)) value.forEach((v, i) => controlProblems(where, v, `${at}[${i}]`, problems));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) controlProblems(where, v, at === '' ? k : `${at}.${k}`, problems);
  }
}

/** `check`, run once per distinct text: a list cites a few dates and sources over and over. */
function memoised(check: (text: string) => boolean): (text: string) => boolean {
  const known = new Map<string, boolean>();
  return (text) => {
    let ok = known.get(text);
    if (ok === undefined) known.set(text, (ok = check(text)));
    return ok;
  };
}

/**
 * Semantic checks of a list that already passed the schema. `requireListings: false` is for a
 * user's simple CSV watch list, whose rows may name a company without an official listing.
 * `rows`: a table list's lines, named in every problem of an entity.
 */
export function validateList(list: ListFile, opts: { requireListings?: boolean; rows?: EntityRows } = {}): string[] {
  const requireListings = opts.requireListings ?? true;
  const { rows } = opts;
  const problems: string[] = [];
  const isoDate = memoised(isIsoDate);
  const httpsUrl = memoised(isHttpsUrl);
  if (!isoDate(list.version)) problems.push(`version: not a calendar date: ${list.version}`);
  const ids = new Map<string, number>();
  // Official lists can name a parent and its subsidiary alike ("China Telecommunications Corporation",
  // "China Telecom Corporation Limited"): both names stand, and a holding so named is reported for
  // both. An alias is an editor's choice: one that reads as another entity's name or alias is a problem.
  // Each name's forms are worked out once, for the owners and for its own aliases below; a list
  // without aliases (a user's list of names) needs none: only aliases are checked against them.
  const hasAliases = list.entities.some((e) => e.aliases.length > 0);
  const nameForms = hasAliases ? list.entities.map((e) => confirmingForms(e.name)) : [];
  // Each form's first owner, by its index in entities.
  const owners = new Map<string, number>();
  nameForms.forEach((forms, index) => {
    for (const form of forms) if (!owners.has(form)) owners.set(form, index);
  });
  list.entities.forEach((e, index) => {
    const where = entityLabel(e.id, index, rows);
    if (ids.has(e.id)) problems.push(`${where} (entities[${index}]): duplicate id (also entities[${ids.get(e.id)}])`);
    else ids.set(e.id, index);
    if (requireListings && e.type !== 'person' && e.listings.length === 0) problems.push(`${where}: a ${e.type} needs at least one listing`);
    e.listings.forEach((l, i) => {
      if (!isoDate(l.date)) problems.push(`${where} listings[${i}].date: not a calendar date: ${l.date}`);
      if (!httpsUrl(l.url)) problems.push(`${where} listings[${i}].url: not an https URL: ${l.url}`);
      if (!l.citation.trim()) problems.push(`${where} listings[${i}].citation: empty`);
    });
    identifierProblems(where, e.identifiers, httpsUrl, problems);
    e.relations.forEach((r, i) => {
      if (!httpsUrl(r.source)) problems.push(`${where} relations[${i}].source: not an https URL: ${r.source}`);
      identifierProblems(`${where} relations[${i}]`, r.identifiers, httpsUrl, problems);
    });
    textProblems(where, e.name, 0, problems);
    e.aliases.forEach((alias, i) => textProblems(where, alias, i + 1, problems));
    controlProblems(where, { listings: e.listings, identifiers: e.identifiers, relations: e.relations, notes: e.notes }, '', problems);
    if (e.aliases.length === 0) return;
    const own = new Set(nameForms[index]);
    for (const alias of e.aliases) {
      for (const form of confirmingForms(alias)) {
        if (own.has(form)) continue;
        own.add(form);
        const other = owners.get(form);
        const otherId = other === undefined ? undefined : list.entities[other]!.id;
        if (otherId !== undefined && otherId !== e.id) problems.push(`${where}: alias "${alias}" reads as "${form}" as the matcher compares names, which ${otherEntityLabel(otherId, other, rows)} also has: a holding so named would be confirmed for both`);
        else owners.set(form, index);
      }
    }
  });
  const listed = new Set<string>();
  for (const e of list.entities) for (const l of e.listings) listed.add(l.list);
  const keys = new Set<string>();
  (list.coverage ?? []).forEach((c, i) => {
    if (!listed.has(c.list)) problems.push(`coverage[${i}]: no listing is on "${c.list}"`);
    if (keys.has(c.key)) problems.push(`coverage[${i}].key: "${c.key}" is used twice`);
    keys.add(c.key);
    if (!isoDate(c.completeTo)) problems.push(`coverage[${i}].completeTo: not a calendar date: ${c.completeTo}`);
    if (c.source !== undefined && !httpsUrl(c.source)) problems.push(`coverage[${i}].source: not an https URL: ${c.source}`);
  });
  list.entities.forEach((e, index) =>
    e.relations.forEach((r, i) => {
      if (r.targetId && !ids.has(r.targetId)) problems.push(`${entityLabel(e.id, index, rows)} relations[${i}].targetId: no entity ${r.targetId} in this list`);
    }),
  );
  return problems;
}

export interface ValidationReport {
  entities: number;
  problems: string[];
  /** What is valid but worth knowing (entities whose names read alike: a holding so named is reported for each). */
  warnings: string[];
}

/**
 * Entities whose names read as one name to the matcher: both stand, and a holding so named is
 * reported for both. A table list's (`rows`) are named by line.
 */
export function namesReadAlike(list: Pick<ListFile, 'entities'> & { rows?: EntityRows }): string[] {
  const first = new Map<string, number>();
  const out: string[] = [];
  list.entities.forEach((e, index) => {
    for (const form of confirmingForms(e.name).slice(0, 1)) {
      const other = first.get(form);
      const otherId = other === undefined ? undefined : list.entities[other]!.id;
      if (otherId !== undefined && otherId !== e.id) out.push(readsAlikeWarning(entityLabel(e.id, index, list.rows), form, otherEntityLabel(otherId, other, list.rows)));
      else first.set(form, index);
    }
  });
  return out;
}

/**
 * What is valid but weak, by entity: names that read as nothing to the matcher (only punctuation,
 * legal forms, symbols: they can never match), names of one or two characters (a holding so named
 * is confirmed), an entity with no name that can match and no identifier, listings dated after
 * `today` (when given).
 */
export function weakNames(list: Pick<ListFile, 'entities'> & { rows?: EntityRows }, today?: string): string[] {
  const out: string[] = [];
  list.entities.forEach((e, index) => {
    const where = entityLabel(e.id, index, list.rows);
    let matchable = false;
    for (const text of [e.name, ...e.aliases]) {
      const forms = confirmingForms(text);
      if (forms.length === 0) out.push(`${where}: "${text}" reads as nothing to the matcher (punctuation, symbols or legal forms only); it can never match`);
      else {
        matchable = true;
        if (forms[0]!.length <= 2) out.push(`${where}: "${text}" reads as "${forms[0]}", ${forms[0]!.length} character(s): any holding so named is confirmed`);
      }
    }
    if (!matchable && e.identifiers.length === 0) out.push(`${where}: no name that can match and no identifier; nothing can ever match it`);
    if (today) e.listings.forEach((l, i) => {
      if (l.date > today) out.push(`${where} listings[${i}].date: ${l.date} is after today (${today})`);
    });
  });
  return out;
}

/** Parse, check the schema and run every semantic check; a JSON syntax error throws ListError. */
export function validateListText(text: string, file: string, today?: string): ValidationReport {
  const data = parseListJson(text, file);
  const parsed = ListFileSchema.safeParse(data);
  if (!parsed.success) {
    const n = Array.isArray((data as { entities?: unknown })?.entities) ? (data as { entities: unknown[] }).entities.length : 0;
    return { entities: n, problems: schemaProblems(parsed.error, data), warnings: [] };
  }
  return { entities: parsed.data.entities.length, problems: validateList(parsed.data), warnings: [...namesReadAlike(parsed.data), ...weakNames(parsed.data, today)] };
}
