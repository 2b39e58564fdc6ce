/**
 * List files as JSON text: bytes to text (UTF-8, byte-order mark dropped) and JSON through the one
 * JSON reader (src/json-text.ts), a syntax error being a ListError naming file:line:column. Used by
 * load.ts and validate.ts alike (its own module, so the two do not import each other).
 */
import { ListError } from '../errors.js';
import { parseJsonText, withoutBom } from '../json-text.js';

/** Bytes of a list file as text: UTF-8, BOM dropped. */
export function decodeListBytes(bytes: Uint8Array): string {
  return withoutBom(Buffer.from(bytes).toString('utf8'));
}

/** JSON text of a list file; a syntax error is a ListError naming file:line:column. */
export function parseListJson(text: string, file: string): unknown {
  return parseJsonText(text, file, ListError);
}
