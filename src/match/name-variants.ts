/**
 * Names written inside a listed name. Official lists put an entity's other names in parentheses
 * after its name: the UFLPA Entity List writes "Aksu Biaoxin Fiber Co., Ltd. (formerly known as
 * Aksu Shangheng Fiber Co., Ltd.)" and "... (also known as GSweet; ...; and formerly known as ...)";
 * other lists and users write "(formerly X)", "(f/k/a X)", "(a.k.a. X)", "(d/b/a X)". Each such name is its own
 * alias, and the name is compared without the parenthesis. Pure.
 */

/** The words that open a parenthesis of other names of the entity, and each name in it. */
// (Not "also" or "earlier" alone: "(Also Energy)" is a name.)
const INTRO = String.raw`(?:and\s+)?(?:(?:also|formerly|previously|now|earlier)\s+(?:known\s+as|called|named)|formerly|previously|now|f\/k\/a|fka|a\/k\/a|aka|a\.k\.a\.|f\.k\.a\.|d\/b\/a|dba|doing\s+business\s+as|trading\s+as)(?![\p{L}\p{N}])`;
/** A parenthesis that introduces other names of the entity (its text inside, from its start). */
const GROUP = new RegExp(String.raw`^\s*${INTRO}`, 'iu');
/** The introducing words at the start of each name in the group. */
const LEAD = new RegExp(String.raw`^${INTRO}\s*:?\s*`, 'iu');
/** Where a group holds several names: at ";" and at "and <lead words>". */
const SEPARATOR = new RegExp(String.raw`;|,?\s+(?=and\s+${INTRO})`, 'iu');

/** Index of the ")" closing the "(" at `open` (parentheses nest: "(formerly PT X (Persero) Tbk)"), or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i;
  }
  return -1;
}

/**
 * The name without its other-names parentheses, then each name they hold, in order. A name with
 * none is returned alone. Names are split at ";" and at "and <lead words>".
 */
export function nameVariants(text: string): string[] {
  if (!text.includes('(')) return [text];
  const others: string[] = [];
  let main = '';
  let from = 0;
  for (let open = text.indexOf('('); open >= 0;) {
    const end = closing(text, open);
    // (A "(" never closed, a smiley: the next one may still open a group.)
    if (end < 0) {
      open = text.indexOf('(', open + 1);
      continue;
    }
    const inner = text.slice(open + 1, end);
    if (!GROUP.test(inner)) {
      open = text.indexOf('(', open + 1);
      continue;
    }
    for (const part of inner.split(SEPARATOR)) {
      const name = part.trim().replace(LEAD, '').replace(/^and\s+/i, '').trim();
      if (/\p{L}/u.test(name)) others.push(name);
    }
    main += `${text.slice(from, open)} `;
    from = end + 1;
    open = text.indexOf('(', from);
  }
  if (others.length === 0) return [text];
  main = (main + text.slice(from)).replace(/\s+/g, ' ').trim();
  return /\p{L}/u.test(main) ? [main, ...others] : others;
}
