/**
 * One root for every path a run is given. A path stays as the user typed it wherever it is shown
 * (reports, messages, `source` fields); only the file system sees it resolved against the run's
 * working folder (the CLI's `io.cwd`), so an in-process run in another folder reads the same
 * files a process started there would. Without a working folder, the path is used as given.
 */
import path from 'node:path';

export function resolveIn(cwd: string | undefined, given: string): string {
  return cwd === undefined ? given : path.resolve(cwd, given);
}
