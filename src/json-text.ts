/**
 * The one reader of JSON files users give us (config, ignore, baseline and list files): text as
 * editors save it (Windows Notepad writes a UTF-8 byte-order mark, which JSON.parse rejects), and a
 * syntax error that names the file, line and column. Pure.
 */
import { UsageError } from './errors.js';

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Offset of the first character JSON.parse cannot accept (Node 20's messages often give none):
 * a small recursive-descent check, run only after a parse has failed.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    const lit = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!lit) fail();
    i += lit![0].length;
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (!/^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i, i + 5))) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  try {
    value();
    ws();
    return i < text.length ? i : text.length;
  } catch (at) {
    return typeof at === 'number' ? at : 0; // nesting too deep to check: the file's start
  }
}

/** ":LINE:COLUMN" of the first character JSON.parse cannot accept. */
function jsonErrorLocation(text: string): string {
  const { line, column } = lineColumn(text, jsonErrorOffset(text));
  return `:${line}:${column}`;
}

/**
 * Deepest nesting a user's JSON file may have. Ours need 6 or so; a file nested thousands deep is
 * hostile, and every recursive walk of it (schema checks, messages quoting a value) would overflow
 * the stack: refused before parsing, with its place.
 */
export const MAX_JSON_DEPTH = 64;

/** Offset of the bracket that opens level MAX_JSON_DEPTH + 1 (outside strings), or -1. */
export function tooDeepAt(text: string): number {
  return scanJson(text, false).deepAt;
}

/** A key an object of the text names twice: its offset (the second time) and the key. */
export interface DuplicateKey {
  offset: number;
  key: string;
}

/** The first key an object names twice, or null (in text JSON.parse accepts; see scanJson). */
export function duplicateKeyAt(text: string): DuplicateKey | null {
  return scanJson(text, true).duplicate;
}

const isJsonSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * One pass over JSON text, outside strings: the offset of the bracket that opens level
 * MAX_JSON_DEPTH + 1 (-1: none) and, with `keys`, the first key an object names twice. JSON.parse
 * keeps the last of two and drops the first without a word: an ignore entry's `"expires":
 * "2020-01-01"` followed by `"expires": "never"` suppressed forever, a config's second `"failOn"`
 * won over the first. A key with escapes is compared as JSON reads it (`"\u0061"` is `"a"`). What
 * it finds means something only in text JSON.parse accepts.
 */
function scanJson(text: string, keys: boolean): { deepAt: number; duplicate: DuplicateKey | null } {
  /** Per open bracket: the keys its object has named (a Set once it has many), null for an array. */
  const stack: Array<string[] | Set<string> | null> = [];
  let duplicate: DuplicateKey | null = null;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const start = i++;
      let escaped = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) {
          escaped = true;
          i += 2;
        } else if (d === 0x22) break;
        else i++;
      }
      const end = ++i;
      const named: string[] | Set<string> | null | undefined = duplicate === null ? stack[stack.length - 1] : null;
      if (named) {
        let j = i;
        while (j < n && isJsonSpace(text.charCodeAt(j))) j++;
        if (text.charCodeAt(j) === 0x3a) {
          let key = text.slice(start + 1, end - 1);
          if (escaped) {
            try {
              key = JSON.parse(text.slice(start, end)) as string;
            } catch {
              // a bad escape: JSON.parse refuses the whole file
            }
          }
          if (Array.isArray(named)) {
            if (named.includes(key)) duplicate = { offset: start, key };
            else if (named.push(key) > 16) stack[stack.length - 1] = new Set(named);
          } else if (named.has(key)) duplicate = { offset: start, key };
          else named.add(key);
        }
      }
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      if (stack.length >= MAX_JSON_DEPTH) return { deepAt: i, duplicate };
      stack.push(c === 0x7b && keys ? [] : null);
    } else if (c === 0x7d || c === 0x5d) stack.pop();
    i++;
  }
  return { deepAt: -1, duplicate };
}

/** Text with a leading byte-order mark dropped. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses the text of a JSON file. A syntax error is thrown as `error` (a UsageError unless the
 * caller's kind of file has its own, such as ListError): "FILE:LINE:COLUMN: not valid JSON: why";
 * so is a key an object gives twice (duplicateKeyAt).
 */
export function parseJsonText(text: string, file: string, error: new (message: string) => Error = UsageError): unknown {
  const body = withoutBom(text);
  const { deepAt: deep, duplicate: twice } = scanJson(body, true);
  if (deep >= 0) {
    const { line, column } = lineColumn(body, deep);
    throw new error(`${file}:${line}:${column}: JSON nested deeper than ${MAX_JSON_DEPTH} levels; no file fundscreen reads needs that`);
  }
  let data: unknown;
  try {
    data = JSON.parse(body) as unknown;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new error(`${file}${jsonErrorLocation(body)}: not valid JSON: ${message}`);
  }
  if (twice) {
    const { line, column } = lineColumn(body, twice.offset);
    throw new error(`${file}:${line}:${column}: key ${JSON.stringify(twice.key).slice(0, 80)} given twice in one object (JSON keeps only the last, dropping the first without a word): write it once`);
  }
  return data;
}
