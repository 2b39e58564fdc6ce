import { describe, expect, it } from 'vitest';
import { elapsedBetween, elapsedLabel, listingTiming, listingTimings } from '../../src/screen/listing-dates.js';

const WRO = { list: 'CBP WRO', date: '2021-06-24' };

describe('listing dates: a holding date against a listing', () => {
  it('counts calendar years, months and days', () => {
    expect(elapsedBetween('2021-06-24', '2024-09-30')).toEqual({ years: 3, months: 3, days: 6 });
    expect(elapsedBetween('2021-06-24', '2024-06-23')).toEqual({ years: 2, months: 11, days: 30 });
    expect(elapsedBetween('2024-01-31', '2024-03-01')).toEqual({ years: 0, months: 1, days: 1 }); // borrows February's 29 days
    expect(elapsedBetween('2024-03-01', '2024-01-31')).toBeNull();
    expect(elapsedBetween('24-06-2021', '2024-01-31')).toBeNull();
  });

  it('words it the way findings and timelines show it', () => {
    expect(listingTiming('2024-09-30', WRO)).toMatchObject({ relation: 'after', text: 'held 3 years 3 months after the CBP WRO of 2021-06-24', short: 'held 3 years 3 months after' });
    expect(listingTiming('2024-06-30', WRO)?.text).toBe('held 3 years after the CBP WRO of 2021-06-24');
    expect(listingTiming('2021-04-30', WRO)).toMatchObject({ relation: 'before', text: 'held 1 month before the CBP WRO of 2021-06-24 (before listing)', short: 'held 1 month before listing' });
    expect(listingTiming('2021-06-24', WRO)).toMatchObject({ relation: 'same day', text: 'held on the day of the CBP WRO of 2021-06-24' });
    expect(elapsedLabel({ years: 0, months: 0, days: 12 })).toBe('12 days');
    expect(elapsedLabel({ years: 1, months: 0, days: 1 })).toBe('1 year');
  });

  it('no date, no timing (never a guessed one)', () => {
    expect(listingTimings(null, [WRO])).toEqual([]);
    expect(listingTimings('2024-09-30', [WRO, { list: 'BIS Entity List', date: '2019-10-09' }]).map((t) => t.short)).toEqual(['held 3 years 3 months after', 'held 4 years 11 months after']);
  });
});
