/**
 * List files as JSON text: bytes to text (UTF-8, byte-order mark dropped) and JSON through the one
 * JSON reader (src/json-text.ts), a syntax error being a ListError naming file:line:column. Used by
 * load.ts and validate.ts alike (its own module, so the two do not import each other).
 */
import { ListError } from '../errors.js';
import { parseJsonText } from '../json-text.js';
import { fileText } from '../text-bytes.js';

/**
 * Bytes of a list file as text: UTF-8 or UTF-16 (byte-order mark dropped). Bytes that are not
 * UTF-8, or binary data, are a ListError naming the file and line, never U+FFFD in a name.
 */
export function decodeListBytes(bytes: Uint8Array, file: string): string {
  return fileText(bytes, file, ListError).text;
}

/** JSON text of a list file; a syntax error is a ListError naming file:line:column. */
export function parseListJson(text: string, file: string): unknown {
  return parseJsonText(text, file, ListError);
}
