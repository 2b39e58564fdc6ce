/**
 * Names written inside a listed name. Official lists put an entity's other names in parentheses
 * after its name: the UFLPA Entity List writes "Aksu Biaoxin Fiber Co., Ltd. (formerly known as
 * Aksu Shangheng Fiber Co., Ltd.)" and "... (also known as GSweet; ...; and formerly known as ...)";
 * other lists and users write "(formerly X)", "(f/k/a X)", "(a.k.a. X)". Each such name is its own
 * alias, and the name is compared without the parenthesis. Pure.
 */

/** A parenthesis that introduces other names of the entity. */
const GROUP = /\(\s*((?:and\s+)?(?:(?:also|formerly|previously|now|earlier)\s+(?:known\s+as|called|named)?|formerly|previously|f\/k\/a|fka|a\/k\/a|aka|a\.k\.a\.|f\.k\.a\.)[^()]*)\)/gi;
/** The introducing words at the start of each name in the group. */
const LEAD = /^(?:and\s+)?(?:(?:also|formerly|previously|now|earlier)\s+(?:known\s+as|called|named)|formerly|previously|now|f\/k\/a|fka|a\/k\/a|aka|a\.k\.a\.|f\.k\.a\.)\s*:?\s*/i;

/**
 * The name without its other-names parentheses, then each name they hold, in order. A name with
 * none is returned alone. Names are split at ";" and at "and <lead words>".
 */
export function nameVariants(text: string): string[] {
  if (!text.includes('(')) return [text];
  const others: string[] = [];
  const main = text.replace(GROUP, (_, inner: string) => {
    for (const part of inner.split(/;|,?\s+and\s+(?=(?:also|formerly|previously|now|earlier)\b)/i)) {
      const name = part.trim().replace(LEAD, '').replace(/^and\s+/i, '').trim();
      if (/\p{L}/u.test(name)) others.push(name);
    }
    return ' ';
  }).replace(/\s+/g, ' ').trim();
  if (others.length === 0) return [text];
  return /\p{L}/u.test(main) ? [main, ...others] : others;
}
