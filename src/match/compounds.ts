/**
 * Compound abbreviation words of Russian, Ukrainian, Belarusian and Kazakh company names
 * (сложносокращённые слова): clipped word stems run together into one word, which English names
 * and other lists write out. Rosselkhozbank = Ros(siyskiy) Sel'khoz(yaystvennyy) Bank = Russian
 * Agricultural Bank; Ukreximbank = Ukr(ainian) Exim Bank = (State) Export-Import Bank of Ukraine;
 * Ukrzaliznytsia = Ukr + zaliznytsia = Ukrainian Railways. A word made wholly of two or more known
 * stems, one of them a business word, is read as the stems' English words (compoundReading); the
 * matcher compares that reading with the other name (compoundMatch: every stem's word there, at
 * most one common word besides) and caps what it finds at review ('compound-read': a reading is a
 * translation of common words, and two compounds of one meaning are two companies: Rosneft and
 * Russneft both read "Russian oil"; readings are never compared with each other). Pure.
 */
import { analyseName, type AnalysedName, type NameToken } from './normalise.js';

/**
 * Stems -> their meaning as English company names write it: one entry per word of the meaning,
 * each entry the English words that name it ('|' between alternatives). The stems are the clipped
 * first parts of words, as the compounds are formed (the Russian rule for сложносокращённые слова:
 * рос- of российский, пром- of промышленный, сельхоз- of сельскохозяйственный, внеш- of внешний),
 * or whole words the compounds take unclipped (нефть, газ, банк, флот, экспорт, связь), in the
 * romanisations the names are written in (BGN/PCGN and the companies' own Latin spellings: -kh-,
 * -ks- and -x-; Ukrainian -h- for г: Enerhoatom). Each is taken from compounds that use it, noted.
 */
const STEMS: ReadonlyArray<readonly [stem: string, spellings: string, meaning: readonly string[]]> = [
  // Countries and the state: the qualifier a compound starts with.
  ['рос', 'ros', ['russian|russia']], // Rosneft, Rosselkhozbank, Rostelecom, Rosseti (российский)
  ['рус', 'rus', ['russian|russia']], // RusHydro (РусГидро)
  ['русс', 'russ', ['russian|russia']], // Russneft (Русснефть: русская нефть)
  ['укр', 'ukr', ['ukrainian|ukraine']], // Ukreximbank, Ukrzaliznytsia, Ukrnafta, Ukrenergo, Ukrtelecom (український)
  ['бел', 'bel', ['belarusian|belarus']], // Belavia, Beltelecom, Belneftekhim (белорусский)
  ['беларусь', 'belarus', ['belarusian|belarus']], // Belaruskali, Belarusbank
  ['каз', 'kaz', ['kazakh|kazakhstan']], // Kazatomprom, KazMunayGas, KazTransOil
  ['казах', 'kazakh', ['kazakh|kazakhstan']], // Kazakhtelecom
  ['узбек', 'uzbek ozbek', ['uzbek|uzbekistan']], // Uzbekneftegaz; in Uzbek Latin O'zbekneftgaz (oʻzbek)
  ['мос', 'mos', ['moscow']], // Mosenergo, Mosgaz, Mosmetrostroy (московский)
  ['гос', 'gos', ['state']], // Rosgosstrakh, Gosbank (государственный)
  ['внеш', 'vnesh', ['foreign']], // Vneshtorgbank, Vnesheconombank (внешний)
  ['зарубеж', 'zarubezh', ['foreign']], // Zarubezhneft (зарубежный)
  // Business words.
  ['банк', 'bank', ['bank']], // Rosbank, Promsvyazbank, Gazprombank
  ['пром', 'prom', ['industrial|industry']], // Gazprom, Promsvyazbank, Kazatomprom (промышленный, промышленность)
  ['связь', 'svyaz sviaz', ['communication']], // Promsvyazbank, Svyazinvest
  ["зв'язок", 'zvyazok', ['communication']], // Ukrainian
  ['сельхоз', 'selkhoz selhoz', ['agricultural']], // Rosselkhozbank (сельскохозяйственный)
  ['агро', 'agro', ['agricultural|agro']], // Agroprombank, Rosagroleasing
  ['энерго', 'energo enerho', ['energy|power']], // Ukrenergo, Mosenergo, Energoatom; Ukrainian енерго as Enerhoatom
  ['нефть', 'neft nefte', ['oil']], // Rosneft, Transneft, Belneftekhim, Uzbekneftegaz (нефть, нефте-)
  ['нафта', 'nafta nafto', ['oil']], // Ukrnafta, Ukrtransnafta, Naftogaz (Ukrainian нафта, нафто-)
  ['мұнай', 'munay munai', ['oil']], // KazMunayGas (Kazakh)
  ['oil', 'oil', ['oil']], // KazTransOil (written in English)
  ['газ', 'gaz gas haz', ['gas']], // Gazprom, Naftogaz, KazMunayGas, Ukrgasbank; Ukrainian г as h: Naftohaz
  ['оборон', 'oboron', ['defence|defense']], // Rosoboronexport (оборона)
  ['экспорт', 'eksport export', ['export']], // Rosoboronexport, Tekhnopromexport
  ['импорт', 'import', ['import']], // Mashinoimport
  ['эксим', 'exim eksim', ['export', 'import']], // Ukreximbank (Укрексімбанк), China Eximbank
  ['торг', 'torg', ['trade|trading']], // Vneshtorgbank (торговый)
  ['эконом', 'ekonom econom', ['economic']], // Vnesheconombank (экономический)
  ['флот', 'flot', ['fleet']], // Sovcomflot, Aeroflot, Gazflot
  ['строй', 'stroy stroi', ['construction']], // Stroytransgaz, Mosmetrostroy (строительный)
  ['залізниця', 'zaliznytsia zaliznytsya zaliznitsa', ['railways|railway']], // Ukrzaliznytsia
  ['желдор', 'zheldor', ['railways|railway']], // Zheldorekspeditsiya (железная дорога)
  ['телеком', 'telecom telekom', ['telecom']], // Rostelecom, Ukrtelecom, Beltelecom, Kazakhtelecom
  ['атом', 'atom', ['atomic|nuclear']], // Rosatom, Energoatom, Kazatomprom
  ['тех', 'tekh tech tec', ['technology']], // Rostekh / Rostec, Beltechexport
  ['техно', 'tekhno techno', ['technology']], // Tekhnopromexport / Technopromexport
  ['технологии', 'tekhnologii', ['technology']], // Rostekhnologii
  ['маш', 'mash', ['engineering|machinery']], // Energomash, Tekhmash (машиностроительный)
  ['машино', 'mashino', ['engineering|machinery']], // Mashinoimport
  ['хим', 'khim', ['chemical']], // Belneftekhim, Khimmash (химический)
  ['авиа', 'avia', ['aviation|airlines']], // Belavia, Rosavia
  ['транс', 'trans', ['transport']], // Transneft, Stroytransgaz, KazTransOil
  ['гидро', 'gidro hydro', ['hydro']], // RusHydro, Ukrhydroenergo / Ukrgidroenergo
  ['сети', 'seti', ['grids|networks']], // Rosseti
  ['страх', 'strakh', ['insurance']], // Rosgosstrakh, Ingosstrakh (страхование)
  ['сбер', 'sber', ['savings']], // Sberbank (сберегательный)
  ['пошта', 'poshta', ['post|postal']], // Ukrposhta (Ukrainian)
  ['почта', 'pochta', ['post|postal']], // Russian
  ['калий', 'kali', ['potash']], // Belaruskali, Uralkali
  ['космос', 'kosmos cosmos', ['space']], // Roskosmos, as the corporation writes it Roscosmos
  ['электроника', 'elektronika', ['electronic']], // Roselektronika
  ['электрон', 'elektron', ['electronic']], // Promelektronika
  ['тяж', 'tyazh', ['heavy']], // Tyazhpromexport (тяжёлый)
  ['спец', 'spets', ['special']], // Spetsstroy, Spetsmash (специальный)
  ['воен', 'voen', ['military']], // Voentorg (военный)
  ['сев', 'sev', ['northern']], // Sevmash, Sevmorneftegaz (северный)
  ['инвест', 'invest', ['investment']], // Svyazinvest, Metalloinvest (инвестиции)
  ['металло', 'metallo', ['metal']], // Metalloinvest (металл)
  ['лизинг', 'lizing leasing', ['leasing']], // Rosagroleasing / Rosagrolizing
];

/**
 * Stems that only qualify the others (a country, the state, foreign): a compound must hold a
 * business stem too, so two qualifiers run together (Rosgos) are no reading.
 */
const QUALIFIERS = new Set(['ros', 'rus', 'russ', 'ukr', 'bel', 'belarus', 'kaz', 'kazakh', 'uzbek', 'mos', 'gos', 'vnesh', 'zarubezh', 'sev', 'spets', 'tyazh', 'voen']);

/** A word shorter than this is no compound of two stems worth reading (Rosbank: 7). */
const MIN_COMPOUND = 6;
const STEM_MIN = 3;
let STEM_MAX = 0;
/** Each spelling -> its stem (the Cyrillic it romanises) and meaning. */
const STEM_MAP = new Map<string, { stem: string; meaning: readonly string[] }>();
/** Per three-letter start (a..z each): 1 when some stem starts so; per three-letter end, 1 when some stem ends so. */
const STARTS = new Uint8Array(26 * 26 * 26);
const ENDS = new Uint8Array(26 * 26 * 26);
for (const [stem, spellings, meaning] of STEMS) {
  for (const spelling of spellings.split(' ')) {
    STEM_MAP.set(spelling, { stem, meaning });
    STEM_MAX = Math.max(STEM_MAX, spelling.length);
    STARTS[tri(spelling, 0)] = 1;
    ENDS[tri(spelling, spelling.length - 3)] = 1;
  }
}

/** The three letters at `at` as one number (a..z each), or -1 when one is not a..z. */
function tri(w: string, at: number): number {
  let n = 0;
  for (let k = at; k < at + 3; k++) {
    const c = w.charCodeAt(k) - 97;
    if (c < 0 || c > 25) return -1;
    n = n * 26 + c;
  }
  return n;
}

/**
 * The stems a word is made of, fewest first (Rosselkhozbank: ros, selkhoz, bank), or null: two or
 * more, each known, one of them a business word. Most words fail the table lookups of their first
 * and last three letters, before anything is cut.
 */
export function compoundStems(word: string): string[] | null {
  const n = word.length;
  if (n < MIN_COMPOUND) return null;
  const start = tri(word, 0);
  const end = tri(word, n - 3);
  if (start < 0 || end < 0 || STARTS[start] === 0 || ENDS[end] === 0) return null;
  // Fewest pieces to reach each position (0 unreachable), and the piece that reached it.
  const best = new Array<number>(n + 1).fill(0);
  const from = new Array<number>(n + 1).fill(-1);
  best[0] = 1;
  for (let i = 0; i < n; i++) {
    if (best[i] === 0) continue;
    for (let len = STEM_MIN; len <= STEM_MAX && i + len <= n; len++) {
      if (!STEM_MAP.has(word.slice(i, i + len))) continue;
      const j = i + len;
      if (best[j] === 0 || best[i] + 1 < best[j]) {
        best[j] = best[i] + 1;
        from[j] = i;
      }
    }
  }
  if (best[n] < 3) return null; // unreachable, or one stem (best counts from 1)
  const stems: string[] = [];
  for (let j = n; j > 0; j = from[j]) stems.unshift(word.slice(from[j], j));
  return stems.some((s) => !QUALIFIERS.has(s)) ? stems : null;
}

/** A name read through its compounds: what must be found in the other name, slot by slot. */
export interface CompoundReading {
  /** Per word of the reading: the tokens (as names are analysed) any one of which it may be. */
  slots: ReadonlyArray<ReadonlySet<string>>;
  /** The slot of the first business stem's first word (export of Ukreximbank): a name the reading is found in has it. */
  head: number;
  /** The reading in words, its first alternatives ("ukrainian export import bank"). */
  read: string;
  /** The compound words read, joined by a space. */
  compounds: string;
  /** The stems, as written in the compounds ("ukr exim bank"). */
  stems: string;
}

/** A meaning's English word as the name analysis has it (industrial -> industry), once per word. */
const analysedWord = new Map<string, string>();
function asToken(word: string): string {
  let t = analysedWord.get(word);
  if (t === undefined) {
    t = analyseName(word).core || word;
    analysedWord.set(word, t);
  }
  return t;
}

/** The name has a word compoundStems may read: the table lookups only, no string built. */
export function mayHaveCompound(tokens: readonly NameToken[]): boolean {
  for (const t of tokens) {
    if (t.kind === 'distinctive' && !t.han && mayBeCompound(t.text)) return true;
  }
  return false;
}

/**
 * The name with each distinctive word made of stems read as their English words, the other words
 * as they are; null when no word is such a compound.
 */
export function compoundReading(name: AnalysedName): CompoundReading | null {
  if (!mayHaveCompound(name.tokens)) return null;
  const slots: Array<ReadonlySet<string>> = [];
  const read: string[] = [];
  const compounds: string[] = [];
  const stemsRead: string[] = [];
  let head = -1;
  for (const t of name.tokens) {
    const stems = t.kind === 'distinctive' && !t.han ? compoundStems(t.text) : null;
    if (stems === null) {
      slots.push(new Set([t.text]));
      read.push(t.text);
      continue;
    }
    compounds.push(t.text);
    stemsRead.push(stems.join(' '));
    for (const stem of stems) {
      if (head < 0 && !QUALIFIERS.has(stem)) head = slots.length;
      for (const alternatives of STEM_MAP.get(stem)!.meaning) {
        const words = alternatives.split('|').map(asToken);
        slots.push(new Set(words));
        read.push(words[0]);
      }
    }
  }
  if (compounds.length === 0) return null;
  return { slots, head, read: read.join(' '), compounds: compounds.join(' '), stems: stemsRead.join(' ') };
}

/**
 * The reading found in the other name: every slot a word of it (each word once), and besides them
 * at most one common word, when the reading has three words or more (State Export-Import Bank of
 * Ukraine / Ukreximbank: state); no distinctive word, place or number besides.
 */
export function compoundMatch(reading: CompoundReading, other: AnalysedName): boolean {
  const toks = other.tokens;
  const slots = reading.slots;
  if (toks.length < slots.length || toks.length > slots.length + 1) return false;
  let used = 0; // bit per token of the other name (names this short fit in 32 bits)
  if (toks.length > 31) return false;
  for (const slot of slots) {
    let found = -1;
    for (let i = 0; i < toks.length && found < 0; i++) if ((used & (1 << i)) === 0 && slot.has(toks[i].text)) found = i;
    if (found < 0) return false;
    used |= 1 << found;
  }
  if (toks.length === slots.length) return true;
  if (slots.length < 3) return false;
  for (let i = 0; i < toks.length; i++) if ((used & (1 << i)) === 0) return toks[i].kind === 'generic';
  return false;
}

/**
 * The word's compound key: its stems as the Cyrillic they romanise ("пром связь банк" for
 * Promsvyazbank and Promsviazbank alike), or null when it is no compound. Two words of one key are
 * one compound in two romanisations.
 */
export function compoundKey(word: string): string | null {
  const stems = compoundStems(word);
  if (stems === null) return null;
  let key = STEM_MAP.get(stems[0])!.stem;
  for (let i = 1; i < stems.length; i++) key += ` ${STEM_MAP.get(stems[i])!.stem}`;
  return key;
}

/**
 * Two words are one compound in two romanisations: each made of stems, stem by stem the same
 * Cyrillic stem (Promsviazbank / Promsvyazbank, Ukrtelekom / Ukrtelecom, Rostekh / Rostec: рос тех,
 * Gasprom / Gazprom); not two compounds of one meaning (Rosneft / Russneft: рос / русс нефть).
 * The stems, as the first word is cut ("prom sviaz bank"), or null.
 */
export function sameCompound(a: string, b: string): string | null {
  if (a === b) return null;
  const x = compoundStems(a);
  if (x === null) return null;
  const y = compoundStems(b);
  if (y === null || x.length !== y.length) return null;
  for (let i = 0; i < x.length; i++) if (STEM_MAP.get(x[i])!.stem !== STEM_MAP.get(y[i])!.stem) return null;
  return x.join(' ');
}

/** The word may be a compound (compoundStems' table lookups only: no string built). */
export function mayBeCompound(w: string): boolean {
  if (w.length < MIN_COMPOUND) return false;
  const s = tri(w, 0);
  const e = tri(w, w.length - 3);
  return s >= 0 && e >= 0 && STARTS[s] === 1 && ENDS[e] === 1;
}

/**
 * The initials of a compound's stems, as its Russian abbreviation is written (ВТБ: Внешторгбанк =
 * VTB of Vneshtorgbank; ПСБ: Promsvyazbank = PSB; ГПБ: Gazprombank = GPB; ВЭБ: Vnesheconombank =
 * VEB), or null when the word is no compound (mayBeCompound first: table lookups only).
 */
export function compoundInitials(word: string): string | null {
  if (!mayBeCompound(word)) return null;
  const stems = compoundStems(word);
  if (stems === null) return null;
  let out = '';
  for (const stem of stems) out += stem[0];
  return out;
}

/**
 * The other name's words are the compound's stem initials, alone or beside the English word of its
 * last stem (VTB, "VTB Bank", "Bank GPB" for Vneshtorgbank and Gazprombank): those initials, else null.
 */
export function stemAcronymOf(word: string, others: readonly NameToken[]): string | null {
  if (others.length > 2) return null;
  const initials = compoundInitials(word);
  if (initials === null) return null;
  let found = false;
  let head = true;
  for (const t of others) {
    if (t.text === initials) found = true;
    else head = head && isHeadWord(word, t.text);
  }
  return found && head ? initials : null;
}

/** The word is the English word (as analysed) of the compound's last stem (bank of Gazprombank). */
function isHeadWord(compound: string, word: string): boolean {
  const stems = compoundStems(compound);
  if (stems === null) return false;
  for (const alternatives of STEM_MAP.get(stems[stems.length - 1])!.meaning) {
    for (const w of alternatives.split('|')) if (asToken(w) === word) return true;
  }
  return false;
}
