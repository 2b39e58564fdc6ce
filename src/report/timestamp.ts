/**
 * The run time stamped on every report. SOURCE_DATE_EPOCH (reproducible-builds.org: integer
 * seconds since the epoch) pins it so that two runs on the same inputs give identical bytes.
 */
import { UsageError } from '../errors.js';

export function runTimestamp(env: Record<string, string | undefined>, now: Date): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return now.toISOString();
  if (!/^\d{1,15}$/.test(epoch.trim())) {
    throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, got ${JSON.stringify(epoch)}`);
  }
  const d = new Date(Number(epoch.trim()) * 1000);
  if (Number.isNaN(d.getTime())) throw new UsageError(`SOURCE_DATE_EPOCH is out of range: ${epoch}`);
  return d.toISOString();
}

/** The run's UTC date (YYYY-MM-DD): what suppression expiry dates are compared with. */
export function runDate(timestamp: string): string {
  return timestamp.slice(0, 10);
}
