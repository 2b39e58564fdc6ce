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
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/** Text with a leading byte-order mark dropped. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses the text of a JSON file. A syntax error is thrown as `error` (a UsageError unless the
 * caller's kind of file has its own, such as ListError): "FILE:LINE:COLUMN: not valid JSON: why".
 */
export function parseJsonText(text: string, file: string, error: new (message: string) => Error = UsageError): unknown {
  const body = withoutBom(text);
  const deep = tooDeepAt(body);
  if (deep >= 0) {
    const { line, column } = lineColumn(body, deep);
    throw new error(`${file}:${line}:${column}: JSON nested deeper than ${MAX_JSON_DEPTH} levels; no file fundscreen reads needs that`);
  }
  try {
    return JSON.parse(body) as unknown;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new error(`${file}${jsonErrorLocation(body)}: not valid JSON: ${message}`);
  }
}
