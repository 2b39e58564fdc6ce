/**
 * Dev-time generator of src/match/data/legal-forms.json: which words of a company name are its
 * legal form, in every jurisdiction, and which spellings are the same form.
 * Run: npx tsx scripts/build-legal-forms.ts [--sources DIR] [--out FILE]
 * (DIR defaults to ../shared/sources/legal-forms beside the repository.) Deterministic: same
 * sources, same bytes. Prints counts and every excluded spelling class with examples.
 *
 * Sources (PROVENANCE.md in DIR):
 * - GLEIF ISO 20275 ELF code list v1.5: 3,819 forms, each with country, local and transliterated
 *   name and abbreviations;
 * - OpenSanctions fingerprints types.yml (MIT): groups of spellings under one compare form (`main`).
 *
 * Decision rules, in order:
 * 1. Spellings are tokenised by the matcher's own word scanner (normalise.ts nameWords: NFKC,
 *    no diacritics, lower case, '.' and apostrophes deleted, '&' -> "and", other punctuation
 *    splits), so a table entry is exactly the words a name holding that form produces.
 *    Abbreviations written with dots between letters also get their spaced spelling
 *    ("S.A." -> "sa" and "s a"; "N.V." -> "nv" and "n v"), the way fund files write them.
 * 2. Canonical id. OpenSanctions' `main` groups are the compare forms: every form and the main
 *    itself map to the main (tokenised: "co ltd", "ao", "gmbh"). A GLEIF row (one legal form of one
 *    country) joins the group one of its spellings already belongs to, trying its local
 *    abbreviations, then transliterated abbreviations, then local and transliterated names, first
 *    hit wins; a row in no group gets the id of its first abbreviation (else its transliterated
 *    name), so rows of several countries that share an abbreviation share an id (AT and DE "OHG").
 *    One spelling claimed by several ids keeps the OpenSanctions one, else the id most rows give.
 *    OVERRIDES below (each with its reason) come first.
 * 3. Generic class (GenericClass in src/match/legal-forms.ts) of each GLEIF row, from keywords of
 *    its local and transliterated names (CLASS_RULES, first rule that matches). An id's classes are
 *    those of at least a quarter of its rows (so one odd row does not widen it), or, for an id no
 *    row reached, those of its OpenSanctions spellings. CLASS_OVERRIDES fix the few the keywords get
 *    wrong. `organisation` (co, company, corp, corporation: OpenSanctions treats them as symbols,
 *    not org types) and `other` never contradict anything.
 * 4. Exclusions (counted and printed): a spelling of one character (share classes A/H, 株 alone);
 *    a single word that is a stop word, a place, a security word, a share-class letter, a roman
 *    numeral or one of the matcher's generic words (bank, trust, fund, cooperative, enterprise:
 *    they are part of the name, "Deutsche Bank Trust Company" is not "Deutsche Bank");
 *    any spelling holding a word that says what a company does or owns (BUSINESS_WORDS: "Savings
 *    Bank", "Loan Corporation", Turkish "San. Tic."), or beginning or ending with a stop word;
 *    a GLEIF name of more than six words (a description, not something written after a name);
 *    the OpenSanctions groups and forms listed in EXCLUDED_GROUPS / EXCLUDED_FORMS.
 * 5. Position. Every spelling is recognised at the end of a name. It is also allowed before the
 *    name (prefix) when its id is used mostly in jurisdictions that write the form first
 *    (PREFIX_COUNTRIES: the former USSR, the Baltic states, Indonesia, Vietnam; Japan and Korea for
 *    their native-script forms and those forms romanised in full) - more than half its countries, or for a spelling of two letters at
 *    least half (PT: ID of ID and MU; not AS, which Norway, Denmark, Czechia and Turkey write after
 *    the name). An OpenSanctions group with Cyrillic spellings and no GLEIF country is post-Soviet (AO,
 *    JSC, OAO, ZAO, PAO, OOO): prefix too, as is a company form's spelling only OpenSanctions gives,
 *    in Cyrillic, in a group of other countries (Ukrainian ТОВ, TzOV in the llc group). A prefix of three letters or fewer must be a company form
 *    (private-limited or stock-corporation): "AU Optronics" keeps its AU. Whether a form may stand alone (leave no other word) is the lookup's rule, not data.
 * 6. CJK forms (Han, kana, Hangul) are matched inside a word, at the end of a run (and at the start
 *    for Japanese and Korean ones), because those scripts write no spaces.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { writeFileAtomic } from '../src/cli/output.js';
import { nameWords } from '../src/match/normalise.js';
import { CLASS_MARKERS, GENERIC_WORDS, PLACES, SECURITY_WORDS, STOP_WORDS } from '../src/match/vocabulary.js';
import type { GenericClass, LegalFormData } from '../src/match/legal-forms.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const argValue = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const sourcesDir = path.resolve(argValue('--sources') ?? path.join(repoRoot, '..', 'shared', 'sources', 'legal-forms'));
const outFile = path.resolve(argValue('--out') ?? path.join(repoRoot, 'src', 'match', 'data', 'legal-forms.json'));
const GLEIF_FILE = 'gleif-elf-code-list-v1.5.csv';
const OS_FILE = 'opensanctions-fingerprints-types.yml';
const OS_LICENCE = 'opensanctions-fingerprints-LICENSE.txt';

/** Jurisdictions whose names put the legal form first (ООО «Ромашка», PT Bank ..., SIA Rimi, Công ty Cổ phần ...). */
const PREFIX_COUNTRIES = new Set(['RU', 'UA', 'BY', 'KZ', 'UZ', 'KG', 'TJ', 'TM', 'AZ', 'AM', 'GE', 'MD', 'EE', 'LV', 'LT', 'ID', 'VN']);
/** Native-script forms these write either side of the name (株式会社日立製作所, 주식회사 카카오). */
const CJK_PREFIX_COUNTRIES = new Set(['JP', 'KR']);

/**
 * Spellings placed by hand, each with its reason. [spelling, canonical, countries, prefix?]
 * Canonical ids are the OpenSanctions mains they join.
 */
const OVERRIDES: ReadonlyArray<{ spellings: string[]; canonical: string; countries: string; why: string; prefix?: boolean }> = [
  {
    spellings: ['co., ltd.', 'co.ltd', 'co ltd', 'company limited', 'cia ltda', 'compañía limitada'],
    canonical: 'ltd',
    countries: 'CN HK TW JP KR TH VN',
    why: 'Co., Ltd. is how Chinese, Japanese, Korean and Thai companies render their limited forms; OpenSanctions maps 有限公司 '
      + 'to ltd and "co., ltd." to a group of its own, and GLEIF HK gives 有限公司 as Ltd/Limited: one form, so one id.',
  },
  {
    spellings: ['joint stock co., ltd.', 'joint stock co ltd', 'joint stock company limited', 'joint stock limited company', 'joint stock ltd co', 'joint-stock co., ltd.'],
    canonical: 'ltd',
    countries: 'CN HK TW',
    why: 'The English Chinese companies write for 股份有限公司 beside Co., Ltd. (Yangtze Optical Fibre and Cable Joint Stock '
      + 'Limited Company): one form with Co., Ltd. (above), never "joint stock" left as words of the name.',
  },
  {
    spellings: ['gmbh & co. kg', 'gmbh und co. kg', 'gmbh & co kg', 'gmbh and co. kg', 'ag & co. kg', 'gmbh & co. kgaa', 'ag & co. kgaa'],
    canonical: 'kg',
    countries: 'DE AT',
    why: 'GLEIF DE lists "GmbH & Co. KG" as an abbreviation of Kommanditgesellschaft (the entity is a KG whose partner is a '
      + 'GmbH); OpenSanctions files it under gmbh, which would make the KG equal to its own general partner.',
  },
  {
    spellings: ['kabushiki kaisha', 'kabushiki gaisha', 'kabushikikaisha', 'kabushikigaisha'],
    canonical: 'kk',
    countries: 'JP',
    why: 'Hepburn romanisations of 株式会社 (OpenSanctions kk); GLEIF gives only the Kunrei "kabusikigaisya".',
  },
  { spellings: ['godo kaisha', 'godo gaisha'], canonical: 'gk', countries: 'JP', why: 'Hepburn romanisation of 合同会社 (GLEIF "goudougaisya").' },
  { spellings: ['yugen kaisha', 'yugen gaisha'], canonical: 'yk', countries: 'JP', why: 'Hepburn romanisation of 有限会社 (GLEIF "yugengaisya").' },
  { spellings: ['gomei kaisha', 'gomei gaisha'], canonical: 'gmk', countries: 'JP', why: 'Hepburn romanisation of 合名会社 (GLEIF "goumeigaisya").' },
  { spellings: ['goshi kaisha', 'goshi gaisha'], canonical: 'gsk', countries: 'JP', why: 'Hepburn romanisation of 合資会社 (GLEIF "gousigaisya").' },
  {
    spellings: ['有限责任公司', '有限責任公司'],
    canonical: 'ltd',
    countries: 'CN TW',
    why: 'PRC Company Law art. 2: the limited liability company, of which 有限公司 (OpenSanctions ltd) is the short form; '
      + 'GLEIF has no PRC company forms.',
  },
  {
    spellings: ['股份公司'],
    canonical: 'plc',
    countries: 'CN TW',
    why: 'Short form of 股份有限公司, the PRC company limited by shares (OpenSanctions maps 股份有限公司 to plc).',
  },
  { spellings: ['公司'], canonical: 'co', countries: 'CN HK TW', why: '"company": an organisation word, like OpenSanctions co.' },
  {
    spellings: ['q.p.s.c.', 'q.s.c.'],
    canonical: 'qpsc',
    countries: 'QA',
    why: 'Qatari (public) shareholding company, the joint-stock form of the Qatar Commercial Companies Law (No. 11 of 2015), '
      + 'as listed companies write it (Qatar National Bank (Q.P.S.C.)); GLEIF has no Qatari forms.',
  },
  {
    spellings: ['k.s.c.p.', 'k.s.c.c.', 'k.s.c.', 'k.p.s.c.', 's.a.k.p.', 's.a.k.'],
    canonical: 'kscp',
    countries: 'KW',
    why: 'Kuwaiti shareholding company, public or closed (Kuwait Companies Law No. 1 of 2016), and its older French '
      + 'abbreviation S.A.K. (société anonyme koweïtienne), as listed companies write them (Kuwait Finance House K.S.C.P., '
      + 'National Bank of Kuwait S.A.K.P.; Burgan Bank and Boubyan Bank write K.P.S.C., Kuwaiti public shareholding '
      + 'company); GLEIF has no Kuwaiti forms.',
  },
  {
    spellings: ['b.s.c.', 'bahraini shareholding company'],
    canonical: 'bsc',
    countries: 'BH',
    why: 'Bahraini shareholding company, public or closed ("B.S.C. (c)"), the joint-stock form of the Bahrain Commercial '
      + 'Companies Law (Decree-Law 21/2001), as listed companies write it (Ahli United Bank B.S.C., National Bank of Bahrain '
      + 'B.S.C.); GLEIF BH gives its forms in Arabic only.',
  },
  {
    spellings: ['w.l.l.', 'with limited liability'],
    canonical: 'llc',
    countries: 'BH KW QA',
    why: '"With limited liability": how companies of Bahrain, Kuwait and Qatar write their limited liability company '
      + '(شركة ذات مسؤولية محدودة, ذ.م.م) in English; GLEIF gives these forms in Arabic only.',
  },
  // OHADA: the Uniform Act on commercial companies (revised 2014) is the company law of 17 states of
  // West and Central Africa; GLEIF v1.5 has none of them.
  {
    spellings: ['sarlu', 's.a.r.l.u.', 'suarl', 's.u.a.r.l.', 'sarl unipersonnelle', 'societe a responsabilite limitee unipersonnelle', 'societe unipersonnelle a responsabilite limitee'],
    canonical: 'sarl',
    countries: 'BJ BF CM CF TD KM CG CD CI GQ GA GN GW ML NE SN TG',
    why: 'The one-member SARL of the OHADA Uniform Act (written SARLU, or SUARL in Senegal): a SARL with one partner, '
      + 'one form (Lobaye Invest SARLU, Central African Republic).',
  },
  {
    spellings: ['sasu', 's.a.s.u.', 'societe par actions simplifiee unipersonnelle'],
    canonical: 'sas',
    countries: 'FR BJ BF CM CF TD KM CG CD CI GQ GA GN GW ML NE SN TG',
    why: 'The one-member SAS (French Code de commerce art. L227-1; the OHADA Uniform Act since 2014): a SAS with one '
      + 'shareholder, one form; GLEIF FR gives no abbreviation for it.',
  },
  {
    spellings: ['s.a.e.'],
    canonical: 'sae',
    countries: 'EG',
    why: 'Société anonyme égyptienne, the Egyptian joint-stock company (Companies Law No. 159 of 1981), as listed companies '
      + 'write it (Commercial International Bank (Egypt) S.A.E.); GLEIF has no Egyptian forms.',
  },
  // Vietnamese companies write their form before the name with its middle abbreviated: Công ty TNHH
  // (trách nhiệm hữu hạn, limited liability; MTV, một thành viên, one member), Công ty CP / CTCP (cổ
  // phần, joint-stock). GLEIF VN gives the forms in full and OpenSanctions only Cty TNHH and Cty CP.
  { spellings: ['cong ty tnhh'], canonical: 'cty tnhh', countries: 'VN', prefix: true, why: 'Công ty TNHH: the limited-liability company as Vietnamese names write it.' },
  { spellings: ['cong ty tnhh mtv'], canonical: 'cty tnhh mtv', countries: 'VN', prefix: true, why: 'Công ty TNHH MTV: the one-member limited-liability company as Vietnamese names write it.' },
  { spellings: ['cong ty cp', 'ctcp'], canonical: 'cty cp', countries: 'VN', prefix: true, why: 'Công ty CP / CTCP: the joint-stock company as Vietnamese names write it.' },
  {
    spellings: ['aktiebolaget'],
    canonical: 'ab',
    countries: 'SE FI',
    prefix: true,
    why: 'The definite form of aktiebolag, which Swedish companies write before the name (Aktiebolaget Volvo, Aktiebolaget SKF); '
      + 'GLEIF SE gives only "aktiebolag".',
  },
  {
    spellings: ['ab'],
    canonical: 'ab',
    countries: 'SE FI',
    prefix: true,
    why: 'Swedish companies write AB before the name as often as after it (AB Volvo, AB SKF, AB Electrolux).',
  },
  {
    spellings: ['publ'],
    canonical: 'ab',
    countries: 'SE',
    why: '"(publ)" is how a Swedish public aktiebolag (publikt aktiebolag, OpenSanctions ab) marks its firm: Swedbank AB (publ).',
  },
  {
    spellings: ['anonim sirketi', 'turk anonim sirketi', 't.a.s.', 'anonim ortakligi', 'turk anonim ortakligi', 't.a.o.'],
    canonical: 'as',
    countries: 'TR',
    why: 'Turkish joint-stock company (Anonim Şirket, A.Ş.) as names write it: "Anonim Şirketi" (with the compound suffix), '
      + '"Türk Anonim Şirketi" (T.A.Ş.) and the older "Anonim Ortaklığı" (T.A.O.); GLEIF v1.5 has no Turkish forms.',
  },
  {
    spellings: ['terbuka'],
    canonical: 'tbk',
    countries: 'ID',
    why: 'Tbk abbreviates Terbuka ("open"): an Indonesian public (listed) limited company, PT ... Tbk.',
  },
  {
    spellings: ['s.a. de c.v.', 'sa de cv', 'sociedad anonima de capital variable'],
    canonical: 'sa de cv',
    countries: 'MX',
    why: 'Mexico: one form written with or without dots (the dotted spelling otherwise becomes an id of its own), and its long '
      + 'name, which holds "capital" and so would be excluded as a business word.',
  },
  {
    spellings: ['s.a.b. de c.v.', 'sab de cv', 'sociedad anonima bursatil de capital variable'],
    canonical: 'sab de cv',
    countries: 'MX',
    why: 'Mexico: the listed form (sociedad anónima bursátil), with or without dots, and its long name (see S.A. de C.V.).',
  },
  {
    spellings: ['u.a.', 'w.a.', 'b.a.'],
    canonical: 'cooperatie',
    countries: 'NL',
    why: 'Dutch cooperatives end their name in U.A., W.A. or B.A. (uitgesloten, wettelijke, beperkte aansprakelijkheid; '
      + 'Burgerlijk Wetboek 2:56): Coöperatieve Rabobank U.A.',
  },
  {
    spellings: ['pjsc', 'pao', 'пао', 'публичное акционерное общество', 'public joint stock company', 'pat', 'пат', 'публічне акціонерне товариство',
      'publichne aktsionerne tovarystvo'],
    canonical: 'pjsc',
    countries: 'RU UA AE',
    prefix: true,
    why: 'The public joint-stock company: Russian ПАО (Civil Code art. 66.3, since 2014), Ukrainian ПАТ (PAT Ukrnafta), and '
      + 'the UAE PJSC, written before the name in Russia and Ukraine. OpenSanctions files these under "rao" (the Soviet-era '
      + 'РАО, Russian joint-stock company) together with the private ПрАТ, its opposite; PJSC is the id they are known by.',
  },
  {
    spellings: ['pjsfc', 'public joint stock financial corporation', 'pjsoc', 'public joint stock oil company'],
    canonical: 'pjsc',
    countries: 'RU',
    prefix: true,
    why: 'The public joint-stock company abbreviated in English with the kind of company inside it, as Russian companies '
      + 'render ПАО АФК and ПАО АНК (Sistema PJSFC: public joint stock financial corporation; PJSOC Bashneft: public joint '
      + 'stock oil company): the form is ПАО.',
  },
  {
    spellings: ['jscb', 'joint stock commercial bank'],
    canonical: 'ao',
    countries: 'UZ RU KZ',
    prefix: true,
    why: 'Joint-stock commercial bank (АКБ, aktsionerny kommercheskiy bank), written JSCB before the name by banks of Uzbekistan '
      + 'and Russia (JSCB Agrobank, JSCB Asaka): a joint-stock company whose kind is a bank.',
  },
  {
    spellings: ['limited liability company'],
    canonical: 'llc',
    countries: 'US',
    prefix: true,
    why: 'Sanctions lists translate the post-Soviet ООО / ТОВ as "Limited Liability Company" written where the original '
      + 'puts it, before the name (OFAC SDN: LIMITED LIABILITY COMPANY ...).',
  },
  {
    spellings: ['tovarystvo z obmezhenoiu vidpovidalnistiu'],
    canonical: 'llc',
    countries: 'UA',
    prefix: true,
    why: 'Ukrainian ТОВ (товариство з обмеженою відповідальністю) romanised in the national system (KMU 2010: и = y), '
      + 'as lists write it before the name; OpenSanctions romanises и as i.',
  },
  {
    spellings: ['aktsionerne tovarystvo'],
    canonical: 'ao',
    countries: 'UA',
    prefix: true,
    why: 'Ukrainian АТ (акціонерне товариство), the joint-stock company, romanised in the national system (KMU 2010).',
  },
  {
    spellings: ['obshchestvo s ogranichennoi otvetstvennostyu', 'obshchestvo s ogranichennoy otvetstvennostyu', 'obshchestvo s ogranichennoj otvetstvennostyu'],
    canonical: 'ooo',
    countries: 'RU BY',
    prefix: true,
    why: 'Общество с ограниченной ответственностью (OOO) romanised as lists write it: -oi, -oy and -oj for -ой; GLEIF gives only BY.',
  },
  {
    spellings: ['state corporation', 'goskorporatsiya', 'госкорпорация', 'государственная корпорация', 'gosudarstvennaya korporatsiya'],
    canonical: 'goskorporatsiya',
    countries: 'RU',
    prefix: true,
    why: 'The Russian state corporation (госкорпорация, Federal Law 7-FZ on non-commercial organisations, art. 7.1): '
      + 'Rostec State Corporation, State Corporation Rosatom; written either side of the name.',
  },
  {
    spellings: ['prat', 'прат', 'приватне акціонерне товариство', 'private joint stock company', 'prjsc', 'pryvatne aktsionerne tovarystvo'],
    canonical: 'prat',
    countries: 'UA',
    prefix: true,
    why: 'Ukrainian ПрАТ, the private joint-stock company (Law of Ukraine on Joint-Stock Companies, art. 5): not public, so not PJSC; '
      + 'PrJSC is how Ukrainian companies abbreviate it in English.',
  },
  {
    spellings: ['aj', 'a.j.'],
    canonical: 'ao',
    countries: 'UZ',
    prefix: false,
    why: 'AJ, aksiyadorlik jamiyati, the Uzbek joint-stock company (Law of Uzbekistan on Joint-Stock Companies) as Uzbek names '
      + 'abbreviate it after the name ("O\'zbekneftgaz" AJ = JSC Uzbekneftegaz); GLEIF has no Uzbek forms.',
  },
  {
    spellings: ['s.m.e.', 'sociedad mercantil estatal'],
    canonical: 'sme',
    countries: 'ES',
    why: 'Sociedad mercantil estatal: a Spanish company the State controls must carry "sociedad mercantil estatal" or S.M.E. in '
      + 'its name (Ley 40/2015 de Régimen Jurídico del Sector Público, art. 111), written between the name and its S.A. or '
      + 'S.L. (Aena S.M.E., S.A.; Correos y Telégrafos S.A., S.M.E.); GLEIF has no row for it.',
  },
  {
    spellings: ['njsc', 'national joint stock company', 'nak', 'нак', 'natsionalnaya aktsionernaya kompaniya', 'национальная акционерная компания',
      'natsionalna aktsionerna kompaniya', 'національна акціонерна компанія'],
    canonical: 'njsc',
    countries: 'UA KZ',
    prefix: true,
    why: 'National joint-stock company (NJSC Naftogaz of Ukraine, NC KazMunayGas: a state holding company in joint-stock form), '
      + 'written before the name; NAK is its Russian and Ukrainian abbreviation (НАК «Нафтогаз України»), written out as lists romanise it.',
  },
  {
    spellings: ['fgup', 'фгуп', 'fsue', 'федеральное государственное унитарное предприятие', 'federalnoe gosudarstvennoe unitarnoe predpriyatie',
      'gup', 'гуп', 'mup', 'муп'],
    canonical: 'up',
    countries: 'RU',
    prefix: true,
    why: 'The Russian unitary enterprise (Civil Code art. 113, Federal Law 161-FZ): federal ФГУП (FGUP, in English FSUE: FGUP '
      + 'Rosmorport), regional ГУП and municipal МУП, abbreviated as names write them, before the name; OpenSanctions gives '
      + 'the long names only, and a prefix of three letters is otherwise left to company forms.',
  },
  {
    spellings: ['rup', 'руп', 'rue', 'республиканское унитарное предприятие', 'respublikanskoe unitarnoe predpriyatie',
      'republican unitary enterprise'],
    canonical: 'up',
    countries: 'BY',
    prefix: true,
    why: 'The Belarusian republican unitary enterprise (Civil Code of Belarus art. 113), РУП, in English RUE (RUP Beltelecom, '
      + 'RUE Belaruskali), before the name as Russian ФГУП is; GLEIF BY gives the unitary enterprise (UP) only.',
  },
  {
    spellings: ['perseroan terbatas'],
    canonical: 'pt',
    countries: 'ID',
    prefix: true,
    why: 'Perseroan Terbatas, the Indonesian limited company PT abbreviates, written out where PT stands: before the name '
      + '(Perseroan Terbatas Barito Pacific Tbk = PT Barito Pacific Tbk); GLEIF gives it without a country.',
  },
  {
    spellings: ['s.à r.l.', 's. à r.l.'],
    canonical: 'sarl',
    countries: 'LU',
    why: 'Luxembourg writes its société à responsabilité limitée "S.à r.l.", a space after the à (Loi du 10 août 1915); '
      + 'GLEIF LU gives SARL and only the simplified S.à r.l.-S.',
  },
  {
    spellings: ['public company limited', 'pcl'],
    canonical: 'plc',
    countries: 'TH',
    why: 'Thai public limited companies (Public Limited Companies Act B.E. 2535) write "Public Company Limited" / PCL; '
      + 'GLEIF has no Thai forms.',
  },
];

/** OpenSanctions groups that are not legal forms. */
const EXCLUDED_GROUPS: Record<string, string> = {
  tpb: 'a company name (Tactical Missiles Corporation), not a legal form',
  exp: 'activity word (export)', 'exp corp': 'activity word (export)', imp: 'activity word (import)', 'imp and': 'activity word (import)',
  intl: 'descriptive word (international)', 'ent.': 'descriptive word (enterprise)', ins: 'activity word (Turkish insaat)',
  'ins oto san tic': 'activity words (Turkish)', san: 'activity word (Turkish sanayi)', 'san tic': 'activity words (Turkish)',
  'san ve': 'activity words (Turkish)', tic: 'activity word (Turkish ticaret)', tes: 'activity word (Turkish tesisat)',
  'tes tek dis': 'activity words (Turkish)', loj: 'activity word (Turkish lojistik)', jv: 'joint venture: a deal, not a legal form',
  plt: 'no spellings',
};
/** OpenSanctions spellings left out of a group they do not belong to. */
const EXCLUDED_FORMS: Record<string, string> = {
  cooperation: 'cooperation is not cooperative ("Economic Cooperation" is part of names)',
  coopération: 'cooperation is not cooperative', kooperatsia: 'cooperation is not cooperative', кооперация: 'cooperation is not cooperative',
  'ሃላፊነቱ የተወሰነ የግል ማህበር': 'Amharic for private limited company, filed under plc',
  'private joint stock company': 'Ukrainian ПрАТ (private JSC), filed with public JSC (pao): an opposite',
  'korlátolt felelősségü társaság, organizační složka': 'a branch (organizační složka) filed as the company form',
  'sociedad en comandita por acciones': 'a partnership limited by shares, filed under sa',
};

/** Words that say what a company does or owns: a spelling holding one is part of a name, not a form. */
const BUSINESS_WORDS = new Set([
  'bank', 'banking', 'banks', 'trust', 'trustee', 'fiducie', 'fiduciaire', 'fund', 'loan', 'savings', 'credit', 'insurance',
  'condominium', 'condominiale', 'series', 'agricultural', 'religious', 'church', 'investment', 'finance', 'financial',
  'holding', 'group', 'capital', 'securities', 'housing', 'san', 'tic', 'ins', 'tes', 'tek', 'dis', 'oto', 'loj', 'imp', 'exp',
  'sanayi', 'ticaret', 'insaat', 'tesisat', 'lojistik', 'строительная', 'торговый', 'управляющая', 'фирма', 'частная', 'частное',
  'ликвидационная', 'trademark', 'mark', 'name', 'dealer', 'scheme', 'vehicle', 'purpose', 'portfolio', 'cell',
  // US and Commonwealth rows that name a kind of entity, not a form written after a name
  // (Standard Chartered, Union Pacific Railroad, Nagoya Railroad Co., Ltd.).
  'railroad', 'railway', 'municipal', 'business', 'chartered',
]);
const ROMAN = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii']);
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

type Rule = [GenericClass, RegExp];
/** Stems matched at the start of a word of the lower-cased, diacritic-free name. First match wins. */
const stems = (...list: string[]): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})`, 'u');
const CLASS_RULES: Rule[] = [
  ['branch', stems('branch', 'zweigniederlassung', 'succursale', 'sucursal', 'filiale?(?![\\p{L}])', 'zweigstelle', 'organizacni slozka', 'odstepny zavod', 'oddzial', 'fioktelep', 'sivuliike', 'foreign company', 'ulkomainen', 'utlandsk')],
  ['other', stems('unlimited', 'unltd', 'sans capital', 'ilimitad', 'illimit', '無限', '无限')],
  ['state-owned', stems('state', 'staat', 'estado', 'estatal', 'gosudarstv', 'unitar', 'municipal', 'kommunal', 'government', 'crown', 'statutory (?:body|corporation)', 'public (?:sector|enterprise|undertaking|establishment|body|corporation|authority|institution|entity|law)', 'offentlichen rechts', 'droit public', 'derecho publico', 'direito publico', 'diritto pubblico', 'empresa publica', 'entreprise publique', 'etablissement public', 'nha nuoc', 'drzavn', 'statni', 'statny', 'panstwow', 'valtion', 'statlig', 'federal state', 'persero', 'perusahaan umum', 'kazenn', 'budzhetn', 'государствен', 'муниципальн', 'унитарн', 'державн', 'unitarnoe', 'ежелгі')],
  ['nonprofit', stems('foundation', 'stiftung', 'stiftelse', 'fondation', 'fundacion', 'fundacao', 'fondazione', 'stichting', 'saatio', 'sihtasutus', 'yayasan', 'association', 'associazione', 'asociacion', 'associacao', 'asociatia', 'verein', 'vereniging', 'forening(?![\\p{L}])', 'yhdistys', 'spolek', 'sdruzeni', 'udrug', 'udruzenj', 'non-?profit', 'non profit', 'not[- ]for[- ]profit', 'nonstock', 'sans but lucratif', 'zonder winstoogmerk', 'ohne gewinn', 'charit', 'church', 'kirche', 'kirkko', 'kyrka', 'religi', 'partido', 'partei(?![\\p{L}])', 'political', 'puolue', 'trade union', 'syndicat', 'sindicat', 'gewerkschaft', 'некоммерческ', 'nekommerch', 'благотвор', 'общественн', 'obshchestvenn', 'ideell', 'aatteellinen', 'mittetulundus', 'организация')],
  ['fund', stems('fund(?:s)?(?![\\p{L}])', 'fonds?(?![\\p{L}])', 'fondo(?![\\p{L}])', 'fondi(?![\\p{L}])', 'fond commun', 'fonds commun', 'sicav', 'sicaf', 'investment', 'investissement', 'inversion', 'investimento', 'unit trust', 'trust(?![\\p{L}])', 'ucits', 'opcvm', 'pension', 'kapitalanlage', 'sondervermogen', 'fondy')],
  ['cooperative', stems('co-?operat', 'kooperat', 'genossenschaft', 'osuus', 'andels', 'społdziel', 'spoldziel', 'ekonomisk forening', 'szovetkezet', 'druzstv', 'zadrug', 'hop tac xa', 'koperasi', 'mutual', 'keskinainen', 'omsesidig', 'gegenseitigkeit', 'кооператив', 'kooperativ', 'cooperativa', 'cooperatie', 'cooperatief', 'caisse populaire', 'credit union')],
  ['limited-partnership', stems('kommandit', 'kommandiitti', 'commandit', 'comandit', 'comdandit', 'accomandit', 'komandit', 'limited partnership', 'limited liability limited partnership', 'usaldusuhing', 'командит')],
  ['partnership', stems('partnership', 'partnerschaft', 'partnerselskab', 'handelsgesellschaft', 'nom collectif', 'nume colectiv', 'colectiv', 'collettiv', 'onder firma', 'avoin yhtio', 'oppet bolag', 'handelsbolag', 'interessentskab', 'ansvarlig selskap', 'javno trgovacko', 'verejna obchodni', 'kolektif', 'kollektiv', 'burgerlichen rechts', 'sociedad civil', 'societe civile', 'sociedade simples', 'einfache gesellschaft', 'maatschap', 'offene (?:gesellschaft|erwerbsgesellschaft)', 'taisuhing', 'pilnsabiedrib', 'ortacko', 'sabiratelno', 'събирателно', 'persekutuan', 'societe en participation', 'conta de participacao', 'general partnership', 'stille gesellschaft', 'firma(?![\\p{L}])', 'hop danh')],
  ['sole-trader', stems('sole', 'individual', 'einzel', 'entreprise individuelle', 'entrepreneur individuel', 'kaufmann', 'kauffrau', 'proprietor', 'enskild', 'yksityinen elinkeinonharjoittaja', 'toiminimi', 'preduzetnik', 'podnikatel', 'fizick', 'fysisk', 'trader', 'eenmanszaak', 'enkeltperson', 'enkeltmands', 'fuusilisest', 'doanh nghiep tu nhan', 'usaha dagang', 'targovets', 'търговец', 'предузетник', 'imprenditore', 'ditta individuale', 'empresario individual', 'intreprinz', 'intreprindere individual', 'intreprinderea individual')],
  ['stock-corporation', stems('aktien', 'aktiesel', 'aktieb', 'publikt aktiebolag', 'allmennaksje', 'akcyjn', 'akciov', 'akcin', 'aktsia', 'akciju', 'aktsioner', 'akcionar', 'akcyyan', 'aktsiyan', 'aksiyador', 'dionick', 'delnisk', 'reszveny', 'anonim', 'anonyme', 'anonima', 'anoni', 'anonymi', 'per azioni', 'por acciones', 'por acoes', 'par actions', 'naamloze', 'public limited', 'public company', 'joint[- ]stock', 'societas europaea', 'europaische gesellschaft', 'societe europeenne', 'europese vennootschap', 'europaisk selskab', 'stock company', 'stock corporation', 'share company', 'julkinen osakeyhtio', 'berhad(?![\\p{L}])', 'perseroan', 'kabusiki', 'kabushiki', 'jusik', 'companhia', 'compania anonima', 'societe par actions', 'sociedad por acciones', 'акционер', 'акцыянер', 'акціонер', 'акция', 'səhmdar', 'sehmdar', 'hlutafelag', 'osakeyhtio julkinen', 'aandelen', 'co phan', '株式', '주식', '股份')],
  ['private-limited', stems('limited liability', 'beschrankter haftung', 'beschr', 'responsabilidad limitada', 'responsabilidade limitada', 'responsabilita limitata', 'responsabilite limitee', 'raspundere limitata', 'rasp', 'responsabilitate limitata', 'ograniczon', 'ограниченн', 'ogranichen', 'obmezhen', 'обмежен', 'abmezhav', 'rucenim omezenym', 'korlatolt', 'besloten', 'anpartsselskab', 'private (?:limited|company)', 'limited company', 'company limited', 'limited by', 'proprietary', 'osakeyhtio', 'aksjeselskap', 'osauhing', 'ierobezot', 'odgovornost', 'otgovornost', 'одговорнош', 'отговорност', 'yugen', 'yuhan', '有限', '유한', 'limitada', 'limited(?![\\p{L}])', 'sendirian', 'one person company', 'unipersonnelle', 'cyfyngedig', 'mas.uliyati cheklangan', 'məhdud', 'mehdud', 'einkahlutafelag', 'ehf(?![\\p{L}])', 'sro(?![\\p{L}])', 'kft(?![\\p{L}])', 'trach nhiem huu han', 'tnhh(?![\\p{L}])')],
  ['us-corporation', stems('corporation', 'incorporated', 'inc(?![\\p{L}])', 'corp(?![\\p{L}])', 'compagnie', 'personne morale')],
];
/** Classes set by hand where the name's keywords mislead. */
const CLASS_OVERRIDES: Record<string, { classes: GenericClass[]; why: string }> = {
  ltd: {
    classes: ['private-limited', 'stock-corporation'],
    why: 'Limited/Ltd ends public companies too (GLEIF HK "Public company limited by shares" and IN "Public Limited Company" '
      + 'abbreviate as Ltd), and Co., Ltd. renders 股份有限公司 and 株式会社 as well as 有限公司',
  },
  co: { classes: ['organisation'], why: 'company: an organisation word (OpenSanctions: a symbol, not an org type)' },
  corp: { classes: ['organisation'], why: 'corporation: used by companies of every form (Toyota Motor Corporation is a 株式会社)' },
  cia: { classes: ['organisation'], why: 'compañía (Cía.): company; GLEIF GT gives it as the abbreviation of a limited partnership, but it ends names of every form' },
  goskorporatsiya: { classes: ['state-owned'], why: 'a state corporation: a non-commercial organisation the state founds by federal law' },
  prat: { classes: ['stock-corporation'], why: 'ПрАТ: a private joint-stock company, still a company limited by shares' },
  too: {
    classes: ['private-limited', 'partnership'],
    why: 'ТОО, товарищество с ограниченной ответственностью: the limited liability partnership of Kazakhstan (and Kyrgyzstan), '
      + 'its usual private company, which its companies write LLP in English (Tengizchevroil LLP)',
  },
  sme: {
    classes: ['stock-corporation', 'private-limited', 'state-owned'],
    why: 'a sociedad mercantil estatal is an S.A. or S.L. the State controls: it says who owns the company, beside its form',
  },
  sti: { classes: ['organisation'], why: 'Turkish şirketi: company' },
  tbk: { classes: ['stock-corporation'], why: 'Perseroan Terbatas Terbuka: a public (listed) limited company; state ownership is Persero, a form of its own' },
  njsc: { classes: ['stock-corporation', 'state-owned'], why: 'a national joint-stock company is a joint-stock company the state owns' },
  qpsc: { classes: ['stock-corporation'], why: 'a Qatari shareholding company: a joint-stock company' },
  kscp: { classes: ['stock-corporation'], why: 'a Kuwaiti shareholding company: a joint-stock company' },
  sae: { classes: ['stock-corporation'], why: 'a société anonyme égyptienne: a joint-stock company' },
  bsc: { classes: ['stock-corporation'], why: 'a Bahraini shareholding company: a joint-stock company' },
  na: { classes: ['other'], why: 'N.A., national association: a US national bank charter, not a company form' },
  gnpp: { classes: ['state-owned'], why: 'gosudarstvennoe nauchno-proizvodstvennoe predpriyatie: state scientific-production enterprise' },
};

// ---- reading -------------------------------------------------------------------------------

function readSource(name: string): string {
  const file = path.join(sourcesDir, name);
  if (!existsSync(file)) {
    process.stderr.write(`build-legal-forms: ${file} not found (pass --sources DIR)\n`);
    process.exit(3);
  }
  return readFileSync(file, 'utf8');
}

/** types.yml is one shape: "- main: X", "  forms:" (or "forms: []"), "  - spelling". */
function readOpenSanctions(text: string): Array<{ main: string; forms: string[] }> {
  const groups: Array<{ main: string; forms: string[] }> = [];
  text.split('\n').forEach((line, i) => {
    const main = /^- main: (.*)$/.exec(line);
    const form = /^ {2}- (.*)$/.exec(line);
    if (main) groups.push({ main: main[1].trim(), forms: [] });
    else if (form && groups.length > 0) groups[groups.length - 1].forms.push(form[1].trim());
    else if (line.trim() !== '' && line !== 'types:' && !/^ {2}forms:/.test(line)) {
      throw new Error(`${OS_FILE}:${i + 1}: unexpected line: ${line}`);
    }
  });
  return groups;
}

interface GleifRow {
  code: string;
  country: string;
  status: string;
  localName: string;
  translitName: string;
  localAbbr: string[];
  translitAbbr: string[];
}

const splitAbbr = (s: string): string[] => s.split(/[;,]/).map((a) => a.trim()).filter((a) => a !== '');

function readGleif(text: string): GleifRow[] {
  const rows = parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  return rows.map((r) => ({
    code: r['ELF Code'],
    country: r['Country Code (ISO 3166-1)'],
    status: r['ELF Status ACTV/INAC'],
    localName: r['Entity Legal Form name Local name'],
    translitName: r['Entity Legal Form name Transliterated name (per ISO 01-140-10)'],
    localAbbr: splitAbbr(r['Abbreviations Local language']),
    translitAbbr: splitAbbr(r['Abbreviations transliterated']),
  }));
}

// ---- spellings -----------------------------------------------------------------------------

const key = (spelling: string): string => nameWords(spelling).join(' ');
/** "S.A." -> "s a" as well as "sa": dotted single letters written with spaces. */
function variants(spelling: string): string[] {
  const out = [key(spelling)];
  if (/(?:^|[\s.])\p{L}\.\p{L}/u.test(spelling)) out.push(key(spelling.replace(/\./g, ' ')));
  return [...new Set(out)].filter((k) => k !== '');
}

const excluded = new Map<string, Set<string>>();
function exclude(reason: string, spelling: string): void {
  const set = excluded.get(reason) ?? new Set<string>();
  set.add(spelling);
  excluded.set(reason, set);
}

/** BUSINESS_WORDS as names are tokenised (Cyrillic ones transliterated). */
const BUSINESS_KEYS = new Set([...BUSINESS_WORDS].flatMap((w) => nameWords(w)));
/**
 * A spelling written in another script than Latin or Han whose transliteration is three letters
 * or fewer (ГП -> gp, ТОО -> too, ΑΕ -> ae): it may collide with another country's Latin
 * abbreviation (GP, a US general partnership), so it neither draws GLEIF rows into its group nor
 * outweighs a Latin spelling's claim.
 */
const transliteratedShort = (spelling: string, k: string): boolean =>
  /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\p{Script=Han}]/u.test(spelling) && k.replace(/ /g, '').length <= 3;

/** Single-word abbreviations that names use as words of their own, each with its reason. */
const NAME_WORDS: Record<string, string> = {
  eu: 'the European Union in names (Amazon EU S.à r.l.), not the Austrian Einzelunternehmer GLEIF AT abbreviates so',
};

/** Why a tokenised spelling cannot be a legal form, or undefined when it can. */
function rejection(k: string): string | undefined {
  const words = k.split(' ');
  if (NAME_WORDS[k]) return `a word of names: ${NAME_WORDS[k]}`;
  if ([...k.replace(/ /g, '')].length <= 1) return 'one character (share classes, 株 alone)';
  if (words.length === 1) {
    const w = words[0];
    if (STOP_WORDS.has(w)) return 'a stop word';
    if (PLACES.has(w)) return 'a place';
    if (SECURITY_WORDS.has(w) || CLASS_MARKERS.has(w)) return 'a security word or share-class marker';
    if (ROMAN.has(w)) return 'a roman numeral';
    if (GENERIC_WORDS.has(w)) return 'a generic word of names (matcher vocabulary)';
  }
  if (words.some((w) => BUSINESS_KEYS.has(w))) return 'holds a word of what a company does or owns';
  const edgeStop = (w: string): boolean => w.length > 1 && STOP_WORDS.has(w); // "s a", "a d": letters, not words
  if (words.length > 1 && (edgeStop(words[0]) || edgeStop(words[words.length - 1]))) return 'begins or ends with a stop word';
  return undefined;
}

/**
 * Other common romanisations of a transliterated Russian or Ukrainian form's words: -oe / -oye
 * (открытое), -oy / -oi / -oj (ограниченной), -yy / -y / -iy (-ый), shch / sch (щ), and
 * ya / ia, yu / iu (a final one too: обмеженою, obmezhenoyu / obmezhenoiu), ye / ie inside a word.
 * "Zakrytoye Aktsionernoye Obshchestvo" is ZAO however a list romanises it. At most 16 a spelling.
 */
function romanisations(k: string): string[] {
  const alternatives = k.split(' ').map((w) => {
    const out = new Set([w]);
    const ending = (from: string, ...to: string[]): void => {
      if (w.length > from.length + 2 && w.endsWith(from)) for (const t of to) out.add(w.slice(0, -from.length) + t);
    };
    ending('oe', 'oye');
    ending('oye', 'oe');
    ending('oy', 'oi', 'oj');
    ending('oi', 'oy', 'oj');
    ending('yy', 'y', 'iy');
    ending('iy', 'y', 'yy');
    for (const x of [...out]) {
      if (x.includes('shch')) out.add(x.replaceAll('shch', 'sch'));
      else if (x.includes('sch')) out.add(x.replaceAll('sch', 'shch'));
      for (const [a, b] of [['ya', 'ia'], ['yu', 'iu'], ['ye', 'ie'], ['ia', 'ya'], ['iu', 'yu'], ['ie', 'ye']]) {
        const at = x.indexOf(a, 1);
        // (Not a final -ye / -ie: that is -oye, -ie of another word.)
        if (at > 0 && !(a[1] === 'e' && at + 2 === x.length)) out.add(x.slice(0, at) + b + x.slice(at + a.length));
      }
    }
    return [...out];
  });
  let keys = [''];
  for (const alt of alternatives) keys = keys.flatMap((p) => alt.map((w) => (p ? `${p} ${w}` : w))).slice(0, 16);
  return keys.filter((x) => x !== k);
}

// ---- classes -------------------------------------------------------------------------------

const plain = (s: string): string => s.normalize('NFKC').normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC').toLowerCase();
function classify(...names: string[]): GenericClass {
  const text = plain(names.filter((n) => n).join(' | '));
  for (const [cls, re] of CLASS_RULES) if (re.test(text)) return cls;
  return 'other';
}

// ---- build ---------------------------------------------------------------------------------

interface Claim {
  canonical: string;
  weight: number; // OpenSanctions and overrides outweigh any number of GLEIF rows
  abbr: boolean;
  countries: Set<string>;
}

function build(): { data: LegalFormData; report: string[] } {
  const groups = readOpenSanctions(readSource(OS_FILE));
  const rows = readGleif(readSource(GLEIF_FILE));
  const licence = readSource(OS_LICENCE).trim();
  const claims = new Map<string, Map<string, Claim>>();
  const claim = (k: string, canonical: string, weight: number, abbr: boolean, countries: Iterable<string>, origin: string): void => {
    // A spelling placed by hand (OVERRIDES) is a form by its stated reason, even if it holds a business word.
    const why = origin === 'override' ? undefined : rejection(k);
    if (why) return exclude(why, `${origin}: ${k}`);
    const byId = claims.get(k) ?? new Map<string, Claim>();
    const c = byId.get(canonical) ?? { canonical, weight: 0, abbr: false, countries: new Set<string>() };
    c.weight += weight;
    c.abbr ||= abbr;
    for (const cc of countries) if (cc) c.countries.add(cc);
    byId.set(canonical, c);
    claims.set(k, byId);
  };

  // 1. OpenSanctions groups (ids), overrides placed first so they win ties.
  const overridden = new Set(OVERRIDES.flatMap((o) => o.spellings.flatMap(variants)));
  const prefixOverride = new Set(OVERRIDES.filter((o) => o.prefix).flatMap((o) => o.spellings.flatMap(variants)));
  // (prefix: false, a form only ever written after the name, whose letters start names too: AJ Bell.)
  const suffixOverride = new Set(OVERRIDES.filter((o) => o.prefix === false).flatMap((o) => o.spellings.flatMap(variants)));
  for (const o of OVERRIDES) for (const s of o.spellings) for (const k of variants(s)) claim(k, o.canonical, 1e6, !s.includes(' ') || /\./.test(s), o.countries.split(' '), 'override');
  const osIndex = new Map<string, string>(); // spelling -> main
  for (const g of groups) {
    const main = key(g.main);
    if (EXCLUDED_GROUPS[g.main]) {
      exclude(`OpenSanctions group: ${EXCLUDED_GROUPS[g.main]}`, `${g.main} (${g.forms.length} forms)`);
      continue;
    }
    for (const s of [g.main, ...g.forms]) {
      if (EXCLUDED_FORMS[s]) {
        exclude(`OpenSanctions form: ${EXCLUDED_FORMS[s]}`, `${g.main}: ${s}`);
        continue;
      }
      for (const k of variants(s)) {
        if (overridden.has(k)) continue;
        const weak = transliteratedShort(s, k);
        if (!weak) osIndex.set(k, main);
        claim(k, main, weak ? 0.5 : 1000, s === g.main || !/\s/.test(s.trim()) && s.length <= 6, [], `OpenSanctions ${g.main}`);
      }
    }
  }
  // Overrides' ids may be groups; overridden spellings also stand for their override id in row lookups.
  for (const o of OVERRIDES) for (const s of o.spellings) for (const k of variants(s)) osIndex.set(k, o.canonical);
  // The written-out forms of ids with Cyrillic spellings (post-Soviet), in the other common romanisations
  // of their words (romanisations): claimed below every source's own spelling.
  const sovietIds = new Set([...groups.filter((g) => !EXCLUDED_GROUPS[g.main] && [g.main, ...g.forms].some((f) => /\p{Script=Cyrillic}/u.test(f))).map((g) => key(g.main)),
    ...OVERRIDES.filter((o) => o.spellings.some((f) => /\p{Script=Cyrillic}/u.test(f))).map((o) => o.canonical)]);
  let romanised = 0;
  const romanisationOf = new Map<string, string>();
  for (const [k, byId] of [...claims]) {
    if (!k.includes(' ')) continue;
    for (const c of byId.values()) {
      if (!sovietIds.has(c.canonical) || c.weight < 1000) continue;
      for (const v of romanisations(k)) {
        if (claims.has(v)) continue;
        claim(v, c.canonical, 0.9, false, [], `romanisation of ${k}`);
        if (!romanisationOf.has(v)) romanisationOf.set(v, k);
        romanised++;
      }
    }
  }

  // 2. GLEIF rows: join a group, or make an id from the first abbreviation.
  const rowsById = new Map<string, GleifRow[]>();
  let longNames = 0;
  for (const r of rows) {
    if (!r.country) continue; // 8888 / 9999: placeholders
    const abbrs = [...r.localAbbr, ...r.translitAbbr];
    const names = [r.localName, r.translitName].filter((n) => n);
    const lookups = [...abbrs, ...names].flatMap(variants);
    const joined = lookups.map((k) => osIndex.get(k)).find((m) => m !== undefined);
    const own = abbrs.flatMap(variants).find((k) => !rejection(k)) ?? names.flatMap(variants).find((k) => !rejection(k));
    const id = joined ?? own;
    if (!id) {
      for (const s of [...abbrs, ...names]) for (const k of variants(s)) exclude(rejection(k) ?? 'no usable spelling', `GLEIF ${r.country} ${r.code}: ${k}`);
      continue;
    }
    rowsById.set(id, [...(rowsById.get(id) ?? []), r]);
    for (const s of abbrs) for (const k of variants(s)) claim(k, id, 1, true, [r.country], `GLEIF ${r.country} ${r.code} abbreviation`);
    for (const s of names) {
      for (const k of variants(s)) {
        if (k.split(' ').length > 6) {
          longNames++;
          exclude('GLEIF name of more than six words (a description)', `${r.country}: ${k}`);
          continue;
        }
        claim(k, id, 1, false, [r.country], `GLEIF ${r.country} ${r.code} name`);
      }
    }
  }

  // 3. One id per spelling; ambiguous claims reported.
  const forms: LegalFormData['forms'] = [];
  const countriesById = new Map<string, Set<string>>();
  const ambiguous: string[] = [];
  const chosen: Array<{ k: string; c: Claim; all: Set<string> }> = [];
  for (const [k, byId] of [...claims].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const ranked = [...byId.values()].sort((a, b) => b.weight - a.weight || (a.canonical < b.canonical ? -1 : 1));
    const c = ranked[0];
    if (ranked.length > 1) ambiguous.push(`${k} -> ${c.canonical} (also ${ranked.slice(1).map((r) => r.canonical).join(', ')})`);
    const all = new Set<string>();
    for (const r of ranked) for (const cc of r.countries) all.add(cc);
    // A spelling's countries are the rows that gave it to its id; other ids' rows count too
    // (GLEIF US "corp.;inc.;co.;ltd.") only when the chosen id has none of its own.
    const countries = c.countries.size > 0 ? c.countries : all;
    chosen.push({ k, c, all: countries });
    const set = countriesById.get(c.canonical) ?? new Set<string>();
    for (const cc of countries) set.add(cc);
    countriesById.set(c.canonical, set);
  }

  // 4. Classes per id.
  const classes: Record<string, GenericClass[]> = {};
  const ids = [...new Set(chosen.map((x) => x.c.canonical))].sort();
  const unknownOverrides = Object.keys(CLASS_OVERRIDES).filter((id) => !ids.includes(id));
  if (unknownOverrides.length > 0) throw new Error(`CLASS_OVERRIDES name ids the table does not have: ${unknownOverrides.join(', ')}`);
  for (const id of ids) {
    const override = CLASS_OVERRIDES[id];
    if (override) {
      classes[id] = override.classes;
      continue;
    }
    const rs = rowsById.get(id) ?? [];
    const counts = new Map<GenericClass, number>();
    for (const r of rs) {
      const cls = classify(r.translitName, r.localName);
      counts.set(cls, (counts.get(cls) ?? 0) + 1);
    }
    if (rs.length === 0) {
      const group = groups.find((g) => key(g.main) === id);
      const spellings = chosen.filter((x) => x.c.canonical === id).map((x) => x.k);
      counts.set(classify(...(group ? group.forms : []), ...spellings), 1);
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const kept = [...counts].filter(([cls, n]) => n * 4 >= total && cls !== 'other').sort((a, b) => b[1] - a[1]).map(([cls]) => cls);
    classes[id] = kept.length > 0 ? kept : ['other'];
  }

  // 5. Position flags and rows out.
  // An OpenSanctions group no GLEIF row reached has no countries; one with Cyrillic spellings is a
  // post-Soviet form (AO, OAO, ZAO, PAO, OOO, TOV), written before the name.
  // (Spellings are transliterated by nameWords, so the script is read from the sources.)
  const cyrillicKeys = new Set([...groups.flatMap((g) => [g.main, ...g.forms]), ...OVERRIDES.flatMap((o) => o.spellings)]
    .filter((s) => /\p{Script=Cyrillic}/u.test(s)).flatMap(variants));
  const cyrillic = new Set(chosen.filter((x) => cyrillicKeys.has(x.k)).map((x) => x.c.canonical));
  const postSoviet = (id: string): boolean =>
    (countriesById.get(id)?.size ?? 0) === 0 && cyrillic.has(id) && classes[id].some((cls) => cls !== 'organisation' && cls !== 'other');
  for (const { k, c, all } of chosen) {
    const idCountries = countriesById.get(c.canonical) ?? new Set<string>();
    const cjk = CJK.test(k);
    let prefix: boolean;
    if (cjk) prefix = [...all].some((cc) => CJK_PREFIX_COUNTRIES.has(cc));
    // A romanised Japanese or Korean form written out (Kabushiki Kaisha, Jusikhoesa) stands where
    // its native form stands, either side of the name: Kabushiki Kaisha Mizuho Ginko.
    else if (!c.abbr && all.size > 0 && [...all].every((cc) => CJK_PREFIX_COUNTRIES.has(cc))) prefix = true;
    else {
      const inPrefix = [...idCountries].filter((cc) => PREFIX_COUNTRIES.has(cc)).length;
      const twoLetters = k.replace(/ /g, '').length <= 2;
      // A short prefix strips a name's first word ("AU Optronics"): only company forms (limited or
      // joint-stock) may stand there, not associations, sole traders or state bodies.
      const company = classes[c.canonical].some((cls) => cls === 'private-limited' || cls === 'stock-corporation');
      const short = k.replace(/ /g, '').length <= 3;
      // A company form's spelling that only OpenSanctions gives, in Cyrillic, is post-Soviet too,
      // whatever its id's countries (Ukrainian ТОВ, TzOV of the US-led llc): written before the name.
      const cyrillicOnly = company && all.size === 0 && cyrillicKeys.has(k);
      prefix = (!short || company) && postSoviet(c.canonical) || cyrillicOnly
        || ((!short || company) && idCountries.size > 0 && (twoLetters ? inPrefix * 2 >= idCountries.size && inPrefix > 0 : inPrefix * 2 > idCountries.size));
    }
    if (prefixOverride.has(k)) prefix = true;
    if (suffixOverride.has(k)) prefix = false;
    const flags = (c.abbr ? 'a' : 'n') + (prefix ? 'p' : '') + (cjk ? 'c' : '');
    forms.push([k, c.canonical, flags, [...all].sort().join(' ')]);
  }
  // A romanisation stands where the spelling it romanises stands.
  const before = new Set(forms.filter((f) => f[2].includes('p')).map((f) => f[0]));
  for (const f of forms) {
    const from = romanisationOf.get(f[0]);
    if (from && before.has(from) && !f[2].includes('p')) f[2] = f[2].replace(/^([an])/, '$1p');
  }

  const data: LegalFormData = {
    about: 'Legal forms of companies by jurisdiction: spelling (as the matcher tokenises names) -> canonical id, flags '
      + '(a abbreviation / n name, p also before the name, c matched inside a CJK word), countries (ISO 3166-1). '
      + 'Generated by scripts/build-legal-forms.ts; do not edit by hand.',
    sources: [
      'GLEIF ISO 20275 Entity Legal Forms code list v1.5 (open data), via opensanctions/fingerprints tools/elf-code-list.csv @ 4e0126d8380a21b59736700b3c2b87e6f7a7ece2',
      'OpenSanctions fingerprints/types/types.yml @ 4e0126d8380a21b59736700b3c2b87e6f7a7ece2 (MIT licence below)',
    ],
    licence,
    classes,
    forms,
  };

  const byClass = new Map<string, number>();
  for (const id of ids) for (const cls of classes[id]) byClass.set(cls, (byClass.get(cls) ?? 0) + 1);
  const jurisdictions = new Set(forms.flatMap((f) => (f[3] ? f[3].split(' ') : [])));
  const report = [
    `read: ${rows.length} GLEIF rows, ${groups.length} OpenSanctions groups`,
    `forms: ${forms.length} spellings (${forms.filter((f) => f[2].includes('p')).length} also as prefix, ${forms.filter((f) => f[2].includes('c')).length} CJK), `
      + `${ids.length} canonical ids, ${jurisdictions.size} jurisdictions`,
    `classes: ${[...byClass].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`,
    `spellings claimed by several ids: ${ambiguous.length} (first kept by the rule above)`,
    `romanisations added for post-Soviet forms written out: ${romanised}`,
    ...ambiguous.slice(0, 25).map((a) => `  ${a}`),
    `excluded (GLEIF names of more than six words: ${longNames}):`,
    ...[...excluded].map(([reason, set]) => `  ${reason}: ${set.size}  e.g. ${[...set].slice(0, 6).join(' | ')}`),
  ];
  return { data, report };
}

const { data, report } = build();
await mkdir(path.dirname(outFile), { recursive: true });
await writeFileAtomic(outFile, `${JSON.stringify(data).replace(/\],\[/g, '],\n[')}\n`);
process.stdout.write(`${report.join('\n')}\nwrote ${path.relative(process.cwd(), outFile)}\n`);
