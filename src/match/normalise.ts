/**
 * Company names to comparable tokens. One function serves both sides (list aliases at compile
 * time, fund-file issuers at match time) so they can never drift apart. Pure; never throws.
 *
 * Steps: NFKC, strip diacritics, lower case, '&'/'+' -> "and", delete . ' ’, split on everything
 * else; Han runs are their own tokens with Chinese legal suffixes cut at the end (no word boundary);
 * canonical spellings (TECHNLGY -> technology); legal forms, security words (ADR, SPONSORED,
 * REPRESENTING, REG S...), share-class markers (trailing A / H, CLASS B) and stop words removed;
 * a name cut at a fixed width (iShares: 34 characters) marks its last word as a possible prefix.
 */
import {
  CANONICAL, CANONICAL_PHRASES, canonicalPhrase, CJK_LEGAL_SUFFIXES, CLASS_MARKERS, GENERIC_WORDS, LEGAL_FORMS, PLACES,
  SECURITY_PHRASES, SECURITY_WORDS, STOP_WORDS,
} from './vocabulary.js';

export type TokenKind = 'distinctive' | 'generic' | 'place' | 'number';

export interface NameToken {
  text: string;
  kind: TokenKind;
  /** Inside parentheses: a qualifier ("Hoshine Silicon Industry (Shanshan)"). */
  paren: boolean;
  /** Part of the leading run of place words ("Zhejiang Dahua", "Xinjiang Daqo"). */
  lead: boolean;
}

export type NormalisationStep =
  | 'legal form removed'
  | 'share class stripped'
  | 'security words removed'
  | 'spelling canonicalised'
  | 'truncated name';

export interface AnalysedName {
  /** Every word after normalisation, legal forms included (for display). */
  norm: string;
  /** Core tokens: what is compared. */
  tokens: NameToken[];
  /** Core tokens joined by one space. */
  core: string;
  /** Core without spaces (HIK VISION = HIKVISION). */
  compact: string;
  steps: NormalisationStep[];
  /** The name may be cut at a fixed width: its last word may be a prefix, words may be missing. */
  truncated: boolean;
}

export interface AnalyseOptions {
  /** Widths at which some fund files cut names (iShares: 34). */
  cutWidths?: readonly number[];
}

export const DEFAULT_CUT_WIDTHS: readonly number[] = [34];

const HAN_RUN = /(\p{Script=Han}+)/gu;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const WHOLE_ENDINGS = new Set(['limited', 'incorporated', 'corporation', 'company']);
const IS_HAN = /\p{Script=Han}/u;
const TOKEN = /[\p{L}\p{N}]+|[()]/gu;
const CLASS_INTRO = new Set(['class', 'cl', 'series', 'ser']);

/** Words a truncated last token could be the start of, and the word each completes to. */
const COMPLETIONS: Array<[string, string]> = [
  ...[...GENERIC_WORDS, ...PLACES].map((w): [string, string] => [w, w]),
  ...Object.entries(CANONICAL),
];
const LEGAL_AND_SECURITY = [...LEGAL_FORMS, ...SECURITY_WORDS, 'limited', 'incorporated', 'corporation', 'company'];

function stripCjkLegal(token: string): string {
  let t = token;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of CJK_LEGAL_SUFFIXES) {
      if (t.length > suffix.length && t.endsWith(suffix)) {
        t = t.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return t;
}

function kindOf(text: string): TokenKind {
  if (/\d/.test(text)) return 'number';
  if (PLACES.has(text)) return 'place';
  if (GENERIC_WORDS.has(text)) return 'generic';
  return 'distinctive';
}

/** The single word a truncated token completes to, if all candidates agree. */
function completeTruncated(prefix: string): string | undefined {
  let found: string | undefined;
  for (const [word, canonical] of COMPLETIONS) {
    if (word.length > prefix.length && word.startsWith(prefix)) {
      if (found !== undefined && found !== canonical) return undefined;
      found = canonical;
    }
  }
  return found;
}

export function analyseName(raw: string, opts: AnalyseOptions = {}): AnalysedName {
  const trimmed = raw.trim();
  const cutWidths = opts.cutWidths ?? DEFAULT_CUT_WIDTHS;
  const steps = new Set<NormalisationStep>();

  let s = trimmed.toLowerCase();
  if (!PLAIN_ASCII.test(s)) {
    s = s.normalize('NFKC').normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC').toLowerCase().replace(HAN_RUN, ' $1 ');
  }
  s = s.replace(/[&+＆]/g, ' and ').replace(/[.'’‘`´]/g, '').replace(/[^\p{L}\p{N}()]+/gu, ' ');
  const unphrased = s.replace(SECURITY_PHRASES, ' ');
  if (unphrased !== s) steps.add('security words removed');
  s = unphrased.replace(CANONICAL_PHRASES, canonicalPhrase);

  interface Raw { text: string; paren: boolean; drop: boolean }
  const words: Raw[] = [];
  let depth = 0;
  for (const m of s.matchAll(TOKEN)) {
    const t = m[0];
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else words.push({ text: t, paren: depth > 0, drop: false });
  }
  const norm = words.map((w) => w.text).join(' ');
  // A cut lands mid-word (length = width) or just after a word whose space was then trimmed. A
  // name of that length ending the way whole names end (a legal form, "Ltd.", a share class) is
  // complete whatever its length.
  const lastWord = words.length > 0 ? words[words.length - 1].text : '';
  const endsWhole = /[.)]$/.test(trimmed) || LEGAL_FORMS.has(lastWord) || WHOLE_ENDINGS.has(lastWord) || (CLASS_MARKERS.has(lastWord) && / [a-z]$/i.test(trimmed));
  const truncated = !endsWhole && cutWidths.some((w) => trimmed.length === w || trimmed.length === w - 1);

  let sawSecurity = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (IS_HAN.test(w.text)) {
      const stripped = stripCjkLegal(w.text);
      if (stripped !== w.text) steps.add('legal form removed');
      if (CJK_LEGAL_SUFFIXES.includes(stripped)) {
        w.drop = true;
        steps.add('legal form removed');
      } else w.text = stripped;
      continue;
    }
    const canonical = CANONICAL[w.text];
    if (canonical) {
      w.text = canonical;
      steps.add('spelling canonicalised');
    }
    if (LEGAL_FORMS.has(w.text)) {
      w.drop = true;
      steps.add('legal form removed');
    } else if (SECURITY_WORDS.has(w.text)) {
      w.drop = true;
      sawSecurity = true;
      steps.add('security words removed');
      const next = words[i + 1];
      if (CLASS_INTRO.has(w.text) && next && (next.text.length === 1 || CLASS_MARKERS.has(next.text))) {
        next.drop = true;
        steps.add('share class stripped');
        i++;
      }
    } else if (STOP_WORDS.has(w.text) && !(i === words.length - 1 && CLASS_MARKERS.has(w.text))) {
      w.drop = true;
    } else if (sawSecurity && /^\d+$/.test(w.text)) {
      w.drop = true; // "ADR REPRESENTING 25 SHS": a ratio, not part of the name
    }
  }

  // Strip from the end: share-class markers, and (for a cut name) a cut legal form ("... LT").
  let keptBefore = words.reduce((n, w) => n + (w.drop ? 0 : 1), 0);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (w.drop) continue;
    keptBefore--;
    if (CLASS_MARKERS.has(w.text) && keptBefore > 0) {
      w.drop = true;
      steps.add('share class stripped');
      continue;
    }
    if (truncated && i === words.length - 1 && LEGAL_AND_SECURITY.some((f) => f.length > w.text.length && f.startsWith(w.text)) && !PLACES.has(w.text)) {
      w.drop = true;
      steps.add('legal form removed');
      continue;
    }
    break;
  }

  const kept = words.filter((w) => !w.drop);
  if (truncated && kept.length > 0) {
    const last = kept[kept.length - 1];
    // Only the original last word can be cut; a removed suffix means the cut fell later.
    if (last === words[words.length - 1] && !IS_HAN.test(last.text) && kindOf(last.text) === 'distinctive') {
      const completed = completeTruncated(last.text);
      if (completed && last.text.length >= 3) {
        last.text = completed;
        steps.add('truncated name');
      }
    }
  }

  const tokens: NameToken[] = [];
  let leading = true;
  for (const w of kept) {
    const kind = kindOf(w.text);
    if (kind !== 'place') leading = false;
    tokens.push({ text: w.text, kind, paren: w.paren, lead: leading && kind === 'place' });
  }
  const core = tokens.map((t) => t.text).join(' ');
  return { norm, tokens, core, compact: core.replace(/ /g, ''), steps: [...steps], truncated };
}
