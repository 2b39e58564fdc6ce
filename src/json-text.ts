/**
 * JSON text as users save it: Windows Notepad and many editors write a UTF-8 byte-order mark,
 * which JSON.parse rejects. Every JSON input (config, ignore, baseline) is parsed through here.
 */
export function parseJsonText(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}
