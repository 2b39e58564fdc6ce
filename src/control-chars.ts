/**
 * Characters that act instead of showing: terminal escape sequences, C0/C1 controls, and bidi
 * overrides/isolates (they reorder what a reader sees). One definition for the readers (issuer
 * names are cleaned on the way in) and the renderers (every medium is cleaned on the way out).
 */

// ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL|ST), DCS/SOS/PM/APC
// (ESC P|X|^|_ ... ST), and two-byte ESC sequences. C1 CSI (U+009B) and OSC (U+009D) likewise.
// eslint-disable-next-line no-control-regex
export const ESCAPE_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)|\u001b[\s\S]?/g;

/** Remaining C0/C1 controls, DEL, bidi marks/overrides/isolates, zero-width space, BOM. */
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * What shows nothing inside a word: a soft hyphen, zero-width spaces and joiners, the word joiner,
 * a byte-order mark, the marks of writing direction. Kept text drops them, not spaces them
 * (HO\u200bSHINE is HOSHINE); the matcher's analysis deletes the same inside a word (normalise.ts).
 */
export const INVISIBLE_CHARS = '\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff';
export const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');

/** Escape sequences dropped whole, every other control character turned into a space. */
export function neutralizeControls(s: string): string {
  return s.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, ' ');
}

/**
 * JSON text with every control, bidi or zero-width character inside its strings written as a
 * \uXXXX escape: the same data, inert on a terminal. JSON.stringify escapes only the C0 controls,
 * so the others (CONTROL less C0) can stand only inside strings of its output; its newlines and
 * indentation are left alone.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A command's output made inert on a terminal, as every medium leaves fundscreen: JSON with those
 * characters escaped (escapeJsonControls, the data unchanged), text neutralised line by line (its
 * newlines kept).
 */
export function inertOutput(text: string, json: boolean): string {
  return json ? escapeJsonControls(text) : text.split('\n').map(neutralizeControls).join('\n');
}
