/**
 * A file-system error in words, for the one error style "fundscreen: <what>: <why>": the why is
 * said ("no such file or folder"), with the code after it for searching ("(ENOENT)").
 */
const WORDS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EEXIST: 'already exists',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links (a loop)',
  EBUSY: 'resource busy',
  EIO: 'input/output error',
  EFBIG: 'too large to read whole, or endless (a device or pipe)',
};

export function errnoWords(err: unknown): string {
  const e = err as NodeJS.ErrnoException | undefined;
  const code = e?.code;
  if (code && WORDS[code]) return `${WORDS[code]} (${code})`;
  return code ?? (err instanceof Error ? err.message : String(err));
}
