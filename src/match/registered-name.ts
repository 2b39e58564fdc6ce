/**
 * Parts of a registered name that fund files leave out, read when a list is compiled (compile.ts)
 * into one derived alias per name, with the rule that says what was left out. Pure.
 *
 * - `registered-head`: a registered name is a head fund files keep and a tail they drop:
 *   - words after a legal form written inside the name: a seat, a translation, a description
 *     ("Fraport AG Frankfurt Airport Services Worldwide", "Merck KGaA, Darmstadt, Germany",
 *     "Krka, d. d., Novo mesto", "Naftna industrija Srbije a.d. Novi Sad"): the head through its form;
 *   - a descriptive expansion after a spaced dash ("Terna - Rete Elettrica Nazionale S.p.A.",
 *     "CTT - Correios de Portugal, S.A."): the head, with the name's final legal form;
 *   - the words a leading acronym abbreviates ("PGE Polska Grupa Energetyczna S.A.", "ACS,
 *     Actividades de Construcción y Servicios, S.A."): the acronym, with the final legal form.
 * - `registered-brand`: a brand written after the company type a descriptive name says it is, as
 *   post-Soviet state companies write their names in English ("State Atomic Energy Corporation
 *   Rosatom", "Research and Production Corporation Uralvagonzavod", "National Nuclear Energy
 *   Generating Company Energoatom"): the brand alone, review at most (the words before the type
 *   may be a brand too: "X Corporation Y" is as often another company of a group).
 * - `registered-trade-name`: the short name a company trades under, written after its whole registered
 *   name: behind a spaced dash, as Brazilian companies register theirs ("Petróleo Brasileiro S.A. -
 *   Petrobras", "Centrais Elétricas Brasileiras S.A. - Eletrobras", "Companhia Energética de Minas Gerais
 *   - CEMIG"), or in parentheses after the legal form ("Qatar Gas Transport Company Limited (Nakilat)"):
 *   the trade name with the name's legal form. Only one or two words with a distinctive one, not a
 *   place (a branch), and behind a dash only after a legal form or written in capitals (an acronym).
 * - `type-initials`: dotted initials written before the name that abbreviate its company type, as
 *   Romanian state companies write theirs ("S.N.T.G.N. Transgaz S.A." = Societatea Națională de
 *   Transport Gaze Naturale, "C.N.T.E.E. Transelectrica S.A."; of two letters only the Romanian
 *   S.C., S.N., C.N.: "S.N. Nuclearelectrica S.A."): the name without them.
 *
 * Not a head: a tail that is one country (Siemens AG Österreich is the Austrian company, not
 * Siemens AG), stands in parentheses or names a branch (the list names that company or unit of a
 * place, as other-company reads a place only one name has), holds a number or a fund, security or
 * trustee word ("Vanguard Funds plc - Vanguard FTSE 100 UCITS ETF" is a fund of the umbrella), or is
 * only legal forms ("GmbH & Co. KG"); nor a form that is also a word of names (Foundation).
 */
import { analyseName, formSpansOf, type AnalysedName } from './normalise.js';
import { definite, formEndingAt, legalFormEntries, type GenericClass } from './legal-forms.js';
import { initialsOf, mayBeAcronym } from './acronyms.js';
import { CLASS_MARKERS, COUNTRY_WORDS, SECURITY_WORDS } from './vocabulary.js';

export type RegisteredPartRule = 'registered-head' | 'registered-brand' | 'registered-trade-name' | 'type-initials';

export interface RegisteredPart {
  rule: RegisteredPartRule;
  /** The name the derived alias is read as ("fraport ag", "Terna spa", "Transgaz S.A."). */
  text: string;
  /** The words left out, as the name's words. */
  dropped: string;
  /** How the part was found: after a legal form, before or after a dash, an acronym's expansion, type initials, in parentheses. */
  how: 'form' | 'dash' | 'acronym' | 'initials' | 'type' | 'paren';
}

/** Words that make a tail a fund of an umbrella, a security, or a role, not a description. */
const NOT_A_DESCRIPTION = new Set(['fund', 'funds', 'etf', 'ucits', 'sicav', 'sicaf', 'portfolio', 'compartment', 'subfund', 'trust', 'trustee',
  'trustees', 'nominee', 'nominees', 'agent', 'series', 'class', 'notes', 'bonds', 'branch', 'branches', 'office', 'representative']);

/** Forms that make a company (not Foundation, Association, Cooperative: words of names too). */
const COMPANY: ReadonlySet<GenericClass> = new Set<GenericClass>(['stock-corporation', 'private-limited', 'us-corporation', 'limited-partnership']);

/** A tail fund files drop: words that describe, not another company or a security of it. */
function descriptive(tail: AnalysedName, minWords: number): boolean {
  const toks = tail.tokens;
  if (toks.length < minWords) return false;
  if (toks.length === 1 && COUNTRY_WORDS.has(toks[0].text)) return false;
  for (const t of toks) if (t.paren || t.kind === 'number' || NOT_A_DESCRIPTION.has(t.text) || SECURITY_WORDS.has(t.text)) return false;
  return true;
}

/**
 * A one-word form of up to three letters inside a name is a form only as forms are written: in
 * capitals or with dots ("Fraport AG ...", "... a.d. Novi Sad"), not as an English word ("X as agent").
 */
function writtenAsForm(raw: string, spelling: string): boolean {
  if (spelling.includes(' ') || spelling.length > 3) return true;
  const letters = [...spelling];
  const upper = new RegExp(`(?<![\\p{L}])${letters.map((l) => l.toUpperCase()).join('\\.?')}(?![\\p{L}])`, 'u');
  const dotted = new RegExp(`(?<![\\p{L}])${letters.join('\\.\\s?')}\\.`, 'iu');
  return upper.test(raw) || dotted.test(raw);
}

/** Company forms inside a name looked at, at most ("X AG (Y) AG Z" has two; a hostile name, hundreds). */
const MAX_INSIDE_FORMS = 4;
const DASH = /\s[-\u2013\u2014]\s/u;
const TYPE_INITIALS = /^\s*((?:\p{L}\.\s?){2,})\s*/u;
/**
 * Two dotted letters are a person's initials as often as a type (J.P. Morgan, A.P. Møller): only
 * the Romanian company types count: S.C. (societate comercială, which Romanian companies long wrote
 * before their name: S.C. Electrica S.A.), S.N. and C.N. (societatea / compania națională, the state
 * companies: S.N. Nuclearelectrica S.A.).
 */
const TWO_LETTER_TYPES = new Set(['sc', 'sn', 'cn']);
const OPTS = { cutWidths: [] as number[] };
/** A tail is read as what follows a name's first words (a security word may open it). */
const TAIL_OPTS = { ...OPTS, continuation: true };

let formEnds: Set<string> | undefined;
/** The last words of the company forms' spellings (what a form inside a name can end in). */
function companyFormEnds(): Set<string> {
  formEnds ??= new Set(legalFormEntries().filter((e) => !e.cjk && e.classes.some((k) => COMPANY.has(k))).map((e) => e.words[e.words.length - 1]));
  return formEnds;
}

/**
 * Whether registeredParts may find a part of this name: a cheap test for the fund file's names
 * (every one is asked): a spaced dash, a dotted initial first, a first word that may be the
 * initials of the next, or a word before the last that may end a legal form.
 */
export function mayHaveRegisteredPart(raw: string, name: AnalysedName): boolean {
  const toks = name.tokens;
  if (toks.length < 2) return false;
  if (raw.includes(' - ') || raw.includes('\u2013') || raw.includes('\u2014') || raw.charCodeAt(1) === 0x2e) return true;
  // (The first two letters of the acronym start the next two words: PGE Polska Grupa ...)
  if (toks.length >= 3 && toks[1].text[0] === toks[0].text[0] && toks[2].text[0] === toks[0].text[1] && mayBeAcronym(toks[0].text)) return true;
  const ends = companyFormEnds();
  for (let i = 0; i < toks.length - 1; i++) if (ends.has(toks[i].text)) return true;
  // A form word analysis removed from inside the name (AG of "Fraport AG Frankfurt ...").
  return name.formInside === true;
}

/**
 * The registered-name parts of one listed name (`raw`, analysed as `name`): derived alias texts, at
 * most a head (first of: a head through a legal form inside the name, a head before a spaced dash, an
 * acronym before its expansion, a brand after a company type, a name after type initials) and a
 * trade name written after the registered name. Empty for almost every name.
 */
export function registeredParts(raw: string, name: AnalysedName): RegisteredPart[] {
  const words = name.norm.split(' ');
  if (words.length < 2) return NONE;
  const trade = tradePart(raw);
  // (A brand after the company type that is the trade name in parentheses: the trade name says more.)
  const head = headPart(raw, name, words);
  const keep = head && !(trade && head.rule === 'registered-brand') ? head : undefined;
  return keep && trade ? [keep, trade] : keep ? [keep] : trade ? [trade] : NONE;
}

/** The head fund files keep of a registered name (see registeredParts), or undefined. */
function headPart(raw: string, name: AnalysedName, words: readonly string[]): RegisteredPart | undefined {
  const n = words.length;
  // (Most names have none of these: each is tried only past a cheap test of its own.)
  // A legal form inside the name, words after it (forms stacked at the end leave no tail). Only
  // the first few company forms are looked at: a hostile name of a thousand forms costs a few
  // readings of a tail, not one per form.
  let spans: ReturnType<typeof formSpansOf> | undefined;
  for (let end = 2, tried = 0; end < n && tried < MAX_INSIDE_FORMS; end++) {
    const form = formEndingAt(words, end);
    if (!form || form.chars || !form.classes.some((k) => COMPANY.has(k))) continue;
    tried++;
    if (!writtenAsForm(raw, form.text)) continue;
    spans ??= formSpansOf(words);
    if (spans.prefix && form.start < spans.prefix.end + 1) continue;
    // Inside the forms the name ends in ("GmbH & Co." of "GmbH & Co. KG"): no tail.
    if (spans.suffixes.length > 0 && end > spans.suffixes[spans.suffixes.length - 1].start) continue;
    const tail = analyseName(words.slice(end).join(' '), TAIL_OPTS);
    // (The tail is read from the name's words: whether it stands in parentheses, the name says.)
    if (!descriptive(tail, 1) || name.tokens.some((t) => t.paren && t.text === tail.tokens[0].text)) continue;
    return { rule: 'registered-head', text: words.slice(0, end).join(' '), dropped: tail.core, how: 'form' };
  }

  // A head before a spaced dash, with an expansion of two words or more after it.
  const dash = raw.includes(' - ') || raw.includes('\u2013') || raw.includes('\u2014') ? DASH.exec(raw) : null;
  if (dash) {
    const headRaw = raw.slice(0, dash.index).trim();
    const head = analyseName(headRaw, OPTS);
    const tail = analyseName(raw.slice(dash.index + dash[0].length), TAIL_OPTS);
    if (head.tokens.length > 0 && head.tokens.length < tail.tokens.length && descriptive(tail, 2)) {
      const forms = finalForms(words);
      const text = head.legalForms.length > 0 || forms === '' ? headRaw : `${headRaw} ${forms}`;
      return { rule: 'registered-head', text, dropped: tail.core, how: 'dash' };
    }
  }

  // A leading acronym of the words after it.
  const toks = name.tokens;
  const first = toks.length >= 3 ? toks[0].text : '';
  if (first !== '' && toks[1].text[0] === first[0] && words[0] === first && mayBeAcronym(first)) {
    const forms = finalForms(words);
    const restEnd = n - (forms === '' ? 0 : forms.split(' ').length);
    const rest = analyseName(words.slice(1, restEnd).join(' '), OPTS);
    if (descriptive(rest, 2) && initialsOf(rest).includes(first)) {
      return { rule: 'registered-head', text: forms === '' ? first : `${first} ${forms}`, dropped: rest.core, how: 'acronym' };
    }
  }

  // One brand word after a company type word (Corporation, Company) that two words or more describe.
  const brand = brandAfterType(words);
  if (brand) return brand;

  // Dotted initials of the company's type before a name that ends in its legal form.
  const initials = TYPE_INITIALS.exec(raw);
  const letters = initials ? initials[1].replace(/[.\s]/g, '').toLowerCase() : '';
  if (initials && (letters.length >= 3 || TWO_LETTER_TYPES.has(letters)) && formSpansOf(words).suffixes.some(definite)) {
    const text = raw.slice(initials[0].length);
    const rest = analyseName(text, OPTS);
    if (rest.tokens.some((t) => t.kind === 'distinctive')) return { rule: 'type-initials', text, dropped: initials[1].trim(), how: 'initials' };
  }
  return undefined;
}


/**
 * A trade name written after the whole registered name: behind a spaced dash (after the legal form,
 * or an acronym in capitals: "Companhia Energética de Minas Gerais - CEMIG"), or in parentheses after
 * the legal form.
 */
function tradePart(raw: string): RegisteredPart | undefined {
  const dash = raw.includes(' - ') || raw.includes('\u2013') || raw.includes('\u2014') ? DASH.exec(raw) : null;
  if (dash) {
    const registeredRaw = raw.slice(0, dash.index).trim();
    const tradeRaw = raw.slice(dash.index + dash[0].length).trim();
    const trade = analyseName(tradeRaw, OPTS);
    const registered = analyseName(registeredRaw, OPTS);
    if (registered.tokens.length > trade.tokens.length && tradeName(trade)) {
      const forms = formsOf(registeredRaw);
      if (forms !== '' || ACRONYM_WRITTEN.test(tradeRaw)) return { rule: 'registered-trade-name', text: withForm(tradeRaw, trade, forms), dropped: registered.core, how: 'dash' };
    }
  }
  return raw.includes('(') ? parenTradeName(raw) : undefined;
}

const NONE: RegisteredPart[] = [];

/** A trade name written behind a dash without a legal form before it is an acronym in capitals (SABESP, CEMIG). */
const ACRONYM_WRITTEN = /^[A-Z][A-Z0-9&]{2,9}$/;
/** Words in parentheses that say what a name was or is also called: compile.ts reads those as aliases. */
const NAME_MARKERS = /^\s*(?:formerly|former|previously|now|fka|f\/k\/a|aka|a\.k\.a\.?|dba|d\/b\/a|also|known|trading|t\/a|ex)\b/i;
const PAREN = /\(([^()]{2,60})\)/g;

/** What a dash or parentheses after a registered name may say of the company instead of a trade name. */
const STATUS_WORDS = new Set(['liquidation', 'administration', 'receivership', 'bankruptcy', 'insolvency', 'dissolved', 'dissolution', 'restructuring', 'delisted']);

/** One or two words that name a company: a distinctive one, no place (a branch or unit), no status, no legal form alone. */
function tradeName(part: AnalysedName): boolean {
  const toks = part.tokens;
  if (toks.length === 0 || toks.length > 2 || !toks.some((t) => t.kind === 'distinctive')) return false;
  if (toks.some((t) => t.kind === 'place' || STATUS_WORDS.has(t.text))) return false;
  return descriptive(part, 1);
}

/** The legal forms a text ends in, read as the name's own words ('' when none: see finalForms). */
function formsOf(text: string): string {
  return finalForms(analyseName(text, OPTS).norm.split(' '));
}

/** The trade name with the legal form the whole name ends in, or else the one before it ("Petrobras S.A."). */
function withForm(tradeRaw: string, trade: AnalysedName, registeredForms: string, wholeForms = ''): string {
  if (trade.legalForms.length > 0) return tradeRaw;
  const forms = wholeForms !== '' ? wholeForms : registeredForms;
  return forms === '' ? tradeRaw : `${tradeRaw} ${forms}`;
}

/** "Qatar Gas Transport Company Limited (Nakilat) (Q.P.S.C.)": Nakilat, after the name's legal form. */
function parenTradeName(raw: string): RegisteredPart | undefined {
  for (const m of raw.matchAll(PAREN)) {
    const inside = m[1];
    if (NAME_MARKERS.test(inside)) continue;
    const before = raw.slice(0, m.index).trim();
    const trade = analyseName(inside, OPTS);
    if (!tradeName(trade)) continue;
    const forms = formsOf(before);
    const registered = analyseName(before, OPTS);
    if (forms === '' || registered.tokens.length <= trade.tokens.length) continue;
    return { rule: 'registered-trade-name', text: withForm(inside.trim(), trade, forms, formsOf(raw)), dropped: registered.core, how: 'paren' };
  }
  return undefined;
}

/** Fewest letters of a part read as distinctive enough for probable (B3, REN: review). */
const PART_PROBABLE_MIN = 4;

/**
 * The tier a part's match reaches at most, either side: probable when what it reads is four letters
 * or more with a distinctive word, else review; a brand after a description always review.
 */
export function partCap(part: RegisteredPart, read: AnalysedName): 'probable' | 'review' {
  if (part.rule === 'registered-brand') return 'review';
  return read.compact.length >= PART_PROBABLE_MIN && read.tokens.some((t) => t.kind === 'distinctive') ? 'probable' : 'review';
}

/** Company types a description ends in before the brand: a one-word form of no definite kind (Corporation, Company, Concern). */
function typeWordAt(words: readonly string[], end: number): boolean {
  const form = formEndingAt(words, end);
  return form !== undefined && form.start === end - 1 && !form.chars && form.classes.includes('organisation');
}

/** The brand of "State Atomic Energy Corporation Rosatom" (registered-brand), or undefined. */
function brandAfterType(words: readonly string[]): RegisteredPart | undefined {
  const forms = finalForms(words);
  const n = words.length - (forms === '' ? 0 : forms.split(' ').length);
  // Two words of description at least, the type word, then the brand: one word.
  if (n < 4 || !typeWordAt(words, n - 1)) return undefined;
  const brand = analyseName(words[n - 1], OPTS);
  const head = analyseName(words.slice(0, n - 2).join(' '), OPTS);
  if (brand.tokens.length !== 1 || brand.tokens[0].kind !== 'distinctive' || head.tokens.length < 2 || !descriptive(brand, 1)) return undefined;
  return { rule: 'registered-brand', text: words[n - 1], dropped: words.slice(0, n - 1).join(' '), how: 'type' };
}

/** The words of the legal forms a name ends in ('' when none, or a CJK form inside a word). */
function finalForms(words: readonly string[]): string {
  const spans = formSpansOf(words);
  if (spans.suffixes.length === 0 || spans.suffixes.some((s) => s.chars)) return '';
  return words.slice(spans.suffixes[spans.suffixes.length - 1].start).join(' ');
}
