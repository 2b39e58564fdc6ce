/** Names of the entries of a zip file (central directory only; nothing is extracted). */
import yauzl from 'yauzl';
import { InputError } from '../errors.js';

export function listZipEntries(path: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return reject(new InputError(path, `broken zip archive (${err?.message ?? 'unreadable'})`));
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', (e: Error) => reject(new InputError(path, `broken zip archive (${e.message})`)));
      zip.readEntry();
    });
  });
}
