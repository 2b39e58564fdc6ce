/**
 * Company-type abbreviations: Russian and Kazakh names write, between the legal form and the
 * name in quotes, an abbreviation of what kind of organisation the company is (ПАО «НК «Роснефть»:
 * NK = neftyanaya kompaniya, oil company; ПАО «АК «Транснефть»: AK = aktsionernaya kompaniya,
 * joint-stock company; АО «НПК «Уралвагонзавод»: NPK = nauchno-proizvodstvennaya korporatsiya,
 * research and production corporation). Transliterated, the quotes are gone ("NK Rosneft PAO",
 * "ROSNEFT' NK PAO", "AK ALROSA PAO") and lists and fund files write the word or leave it out.
 * It is a type word, like a legal form, not a word of the name: normalise.ts sets it aside
 * (step 'company type removed') where it stands, first or right before a legal form, and
 * scoring notes it (rule 'company-type'). Pure data.
 *
 * Only abbreviations that name a kind of organisation in any company's name, never one company's
 * own (not RSK of RSK MiG, MTS, MMK or NLMK, which abbreviate names); and the word concern (Концерн),
 * which these names write the same way. Two-letter ones also name
 * companies elsewhere (AK Steel, GK Software, SK Hynix): they count only in a name that carries a
 * post-Soviet legal form, and no abbreviation is set aside when only common words would be left.
 */

export interface CompanyType {
  /** As transliterated (nameWords). */
  abbreviation: string;
  /** What it abbreviates, transliterated, and in English. */
  expansion: string;
  english: string;
  /**
   * The English words lists write for it right after a post-Soviet legal form, as normalise.ts
   * reads them ("Public Joint Stock Company Oil and Gas Company Slavneft" = ПАО «НГК «Славнефть»):
   * set aside there as the abbreviation is, and recorded as it.
   */
  phrases?: readonly string[];
  /** Companies that write it (examples, public registered names). */
  examples: string;
  /**
   * The head noun it stands for, which the lists write as a word of the name (АО «АБ «РОССИЯ» is
   * Bank Rossiya): left in its place when the name has no such word of its own.
   */
  head?: string;
}

export const COMPANY_TYPES: readonly CompanyType[] = [
  { abbreviation: 'nk', expansion: 'neftyanaya kompaniya / natsionalnaya kompaniya', english: 'oil company / national company', phrases: ['oil company'], examples: 'ПАО «НК «Роснефть», ПАО «НК «ЛУКОЙЛ», АО «НК «КазМунайГаз»' },
  { abbreviation: 'nc', expansion: 'natsionalnaya kompaniya', english: 'national company (Kazakh НК in English)', phrases: ['national company'], examples: 'JSC NC KazMunayGas, JSC NC Kazakhstan Temir Zholy' },
  { abbreviation: 'ak', expansion: 'aktsionernaya kompaniya', english: 'joint-stock company', examples: 'ПАО «АК «Транснефть», АК «АЛРОСА» (ПАО)' },
  { abbreviation: 'gk', expansion: 'gruppa kompaniy / gosudarstvennaya korporatsiya', english: 'group of companies / state corporation', examples: 'ПАО «ГК «Самолет», ГК «Ростех»' },
  { abbreviation: 'npk', expansion: 'nauchno-proizvodstvennaya korporatsiya', english: 'research and production corporation', phrases: ['research and production corporation', 'scientific and production corporation', 'scientific production corporation'], examples: 'АО «НПК «Уралвагонзавод», АО «НПК «КБМ»' },
  { abbreviation: 'npo', expansion: "nauchno-proizvodstvennoye ob'yedineniye", english: 'research and production association', phrases: ['research and production association', 'scientific and production association', 'scientific production association'], examples: 'АО «НПО «Энергомаш», АО «НПО «Алмаз»' },
  { abbreviation: 'npp', expansion: 'nauchno-proizvodstvennoye predpriyatiye', english: 'research and production enterprise', phrases: ['research and production enterprise', 'scientific and production enterprise', 'scientific production enterprise'], examples: 'АО «НПП «Исток»' },
  { abbreviation: 'gmk', expansion: 'gorno-metallurgicheskaya kompaniya', english: 'mining and metallurgical company', phrases: ['mining and metallurgical company'], examples: 'ПАО «ГМК «Норильский никель»' },
  { abbreviation: 'ank', expansion: 'aktsionernaya neftyanaya kompaniya', english: 'joint-stock oil company', examples: 'ПАО «АНК «Башнефть»' },
  { abbreviation: 'ab', expansion: 'aktsionerny bank', english: 'joint-stock bank', examples: 'АО «АБ «РОССИЯ»', head: 'bank' },
  { abbreviation: 'afk', expansion: 'aktsionernaya finansovaya korporatsiya', english: 'joint-stock financial corporation', examples: 'ПАО АФК «Система»' },
  { abbreviation: 'okb', expansion: 'opytno-konstruktorskoye byuro', english: 'experimental design bureau', phrases: ['experimental design bureau'], examples: 'АО «ОКБ «Новатор»' },
  { abbreviation: 'akb', expansion: 'aktsionerny kommercheskiy bank', english: 'joint-stock commercial bank', examples: 'ПАО АКБ «Авангард»', head: 'bank' },
  { abbreviation: 'kb', expansion: 'kommercheskiy bank / konstruktorskoye byuro', english: 'commercial bank / design bureau', examples: 'ООО КБ «Ренессанс Кредит», АО «КБ «Арсенал»' },
  { abbreviation: 'cb', expansion: 'kommercheskiy bank', english: 'commercial bank (КБ in English)', examples: 'JSC CB PrivatBank (АТ КБ «ПриватБанк»)', head: 'bank' },
  { abbreviation: 'ngk', expansion: 'neftegazovaya kompaniya', english: 'oil and gas company', phrases: ['oil and gas company'], examples: 'ПАО «НГК «Славнефть»' },
  { abbreviation: 'fk', expansion: 'finansovaya korporatsiya', english: 'financial corporation', phrases: ['financial corporation'], examples: 'ПАО Банк «ФК Открытие», ПАО АФК «Система» (AFK)' },
  { abbreviation: 'okhk', expansion: "ob'yedinennaya khimicheskaya kompaniya", english: 'united chemical company', phrases: ['united chemical company'], examples: 'АО «ОХК «Уралхим», АО «ОХК «Щекиноазот»' },
  { abbreviation: 'ssk', expansion: 'sudostroitelnyy kompleks', english: 'shipbuilding complex', phrases: ['shipbuilding complex'], examples: 'ООО «ССК «Звезда»' },
  { abbreviation: 'po', expansion: "proizvodstvennoye ob'yedineniye", english: 'production association', phrases: ['production association'], examples: 'АО «ПО «Севмаш», ФГУП «ПО «Маяк»' },
  { abbreviation: 'vpk', expansion: 'voyenno-promyshlennaya kompaniya', english: 'military-industrial company', phrases: ['military industrial company'], examples: 'АО «ВПК «НПО машиностроения» (JSC Military Industrial Company NPO Mashinostroyeniya)' },
  // Not an abbreviation: the word itself, as post-Soviet names write it before or after the name
  // (kontsern reads concern: vocabulary.ts translates it).
  { abbreviation: 'concern', expansion: 'kontsern', english: 'concern (a group of enterprises)', examples: 'АО «Концерн «Калашников», JSC Concern Kalashnikov, АО «Концерн «Созвездие»' },
];

/** Abbreviation -> whether it counts only beside a post-Soviet legal form (two letters). */
export const COMPANY_TYPE_WORDS: ReadonlyMap<string, boolean> = new Map(COMPANY_TYPES.map((t) => [t.abbreviation, t.abbreviation.length <= 2]));

/** Abbreviation -> the head noun it leaves in its place (CompanyType.head). */
export const COMPANY_TYPE_HEADS: ReadonlyMap<string, string> = new Map(COMPANY_TYPES.flatMap((t) => (t.head ? [[t.abbreviation, t.head] as const] : [])));

/**
 * Form words that, besides the post-Soviet ones, let a type's English phrase count: the English the
 * lists translate OOO with (Limited Liability Company Shipbuilding Complex Zvezda = OOO SSK Zvezda).
 * Not for two letters: a US "PO Valley Energy Limited Liability Company" keeps its PO.
 */
export const PHRASE_FORM_WORDS: ReadonlySet<string> = new Set(['liability']);

/** The English phrases (their words) by their first word, longest first, with the abbreviation each stands for. */
export const COMPANY_TYPE_PHRASES: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; abbreviation: string }>> = (() => {
  const out = new Map<string, Array<{ words: readonly string[]; abbreviation: string }>>();
  for (const t of COMPANY_TYPES) {
    for (const p of t.phrases ?? []) {
      const words = p.split(' ');
      const list = out.get(words[0]) ?? [];
      list.push({ words, abbreviation: t.abbreviation });
      out.set(words[0], list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => b.words.length - a.words.length);
  return out;
})();

/** Abbreviation -> its English phrases (oil company of НК): what a name writes for the type in English. */
export const TYPE_PHRASES: ReadonlyMap<string, readonly string[]> = new Map(COMPANY_TYPES.map((t) => [t.abbreviation, t.phrases ?? []]));

/**
 * Words of the post-Soviet legal forms (as marked by the legal-form step) that let a two-letter type
 * count; joint of the English the lists translate AO with.
 */
export const POST_SOVIET_FORM_WORDS: ReadonlySet<string> = new Set([
  'pao', 'pjsc', 'ao', 'jsc', 'oao', 'ojsc', 'zao', 'cjsc', 'ooo', 'pat', 'prat', 'prjsc', 'njsc', 'nak', 'aat', 'too', 'tov',
  'aktsionernoe', 'obshchestvo', 'joint',
  // The unitary enterprises, Russian and Belarusian (FGUP, GUP, MUP, RUP / RUE, written out too).
  'up', 'fgup', 'fsue', 'gup', 'mup', 'rup', 'rue', 'unitary', 'unitarnoye', 'unitarnoe',
]);
