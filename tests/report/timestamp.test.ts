import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { runDate, runTimestamp } from '../../src/report/timestamp.js';

const now = new Date('2026-11-26T16:00:00.123Z');

describe('runTimestamp', () => {
  it('is the clock when SOURCE_DATE_EPOCH is unset or empty', () => {
    expect(runTimestamp({}, now)).toBe('2026-11-26T16:00:00.123Z');
    expect(runTimestamp({ SOURCE_DATE_EPOCH: '' }, now)).toBe('2026-11-26T16:00:00.123Z');
  });

  it('is pinned by SOURCE_DATE_EPOCH (seconds since the epoch)', () => {
    expect(runTimestamp({ SOURCE_DATE_EPOCH: '1700000000' }, now)).toBe('2023-11-14T22:13:20.000Z');
    expect(runTimestamp({ SOURCE_DATE_EPOCH: '0' }, now)).toBe('1970-01-01T00:00:00.000Z');
  });

  it('rejects a malformed SOURCE_DATE_EPOCH as a usage error', () => {
    for (const bad of ['abc', '-1', '1.5', '2026-01-01']) {
      expect(() => runTimestamp({ SOURCE_DATE_EPOCH: bad }, now)).toThrow(UsageError);
    }
  });

  it('gives the UTC run date for suppression expiry checks', () => {
    expect(runDate(runTimestamp({ SOURCE_DATE_EPOCH: '1700000000' }, now))).toBe('2023-11-14');
  });
});
