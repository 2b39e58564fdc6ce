/**
 * How a holding's as-of date relates to a listing's date: the one place that computes and words
 * it ("held 3 years 3 months after the CBP WRO of 2021-06-24", "held 2 months before the BIS
 * Entity List of 2019-10-09"), for findings, timelines and every report. Pure; dates are ISO
 * calendar days (YYYY-MM-DD), compared as calendar dates, never through time zones.
 */
import type { Listing } from '../lists/schema.js';

export type ListingRelation = 'before' | 'same day' | 'after';

export interface ElapsedTime {
  years: number;
  months: number;
  days: number;
}

export interface ListingTiming {
  list: string;
  program?: string;
  date: string;
  /** The holding's date relative to the listing: held before it was listed, on the day, or after. */
  relation: ListingRelation;
  /** Whole calendar years, months and days between the two dates. */
  elapsed: ElapsedTime;
  /** "held 3 years 3 months after the CBP WRO of 2021-06-24". */
  text: string;
  /** The same without the listing, for a line that already names it: "held 3 years 3 months after". */
  short: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(d: string): [number, number, number] | null {
  const m = ISO_DAY.exec(d);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Calendar time from `from` to `to` (to >= from): 2021-06-24 -> 2024-09-30 is 3 years 3 months 6 days.
 *  Whole months first (a month from Jan 31 is Feb 29 in 2024: the day is clamped), then the days left. */
export function elapsedBetween(from: string, to: string): ElapsedTime | null {
  const a = parts(from);
  const b = parts(to);
  if (!a || !b || to < from) return null;
  let months = (b[0] - a[0]) * 12 + (b[1] - a[1]);
  const anchor = (m: number) => {
    const y = a[0] + Math.floor((a[1] - 1 + m) / 12);
    const mo = ((a[1] - 1 + m) % 12) + 1;
    return Date.UTC(y, mo - 1, Math.min(a[2], daysInMonth(y, mo)));
  };
  const end = Date.UTC(b[0], b[1] - 1, b[2]);
  if (anchor(months) > end) months -= 1;
  const days = Math.round((end - anchor(months)) / 86_400_000);
  return { years: Math.floor(months / 12), months: months % 12, days };
}

const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 years 3 months", "2 months", "12 days": years and months, days only under a month. */
export function elapsedLabel(e: ElapsedTime): string {
  const out: string[] = [];
  if (e.years > 0) out.push(unit(e.years, 'year'));
  if (e.months > 0) out.push(unit(e.months, 'month'));
  if (out.length === 0) out.push(unit(e.days, 'day'));
  return out.join(' ');
}

/** How a holding as of `asOf` relates to one listing; null when either date is not a calendar day. */
export function listingTiming(asOf: string, listing: Pick<Listing, 'list' | 'program' | 'date'>): ListingTiming | null {
  const after = asOf >= listing.date;
  const elapsed = after ? elapsedBetween(listing.date, asOf) : elapsedBetween(asOf, listing.date);
  if (!elapsed || !parts(asOf)) return null;
  const relation: ListingRelation = asOf === listing.date ? 'same day' : after ? 'after' : 'before';
  const name = `the ${listing.list} of ${listing.date}`;
  const short = relation === 'same day' ? 'held on the listing day' : `held ${elapsedLabel(elapsed)} ${relation}${relation === 'before' ? ' listing' : ''}`;
  const text = relation === 'same day' ? `held on the day of ${name}` : `held ${elapsedLabel(elapsed)} ${relation} ${name}${relation === 'before' ? ' (before listing)' : ''}`;
  return { list: listing.list, ...(listing.program ? { program: listing.program } : {}), date: listing.date, relation, elapsed, text, short };
}

/** Every listing of an entity against one as-of date (none without a date). */
export function listingTimings(asOf: string | null | undefined, listings: readonly Pick<Listing, 'list' | 'program' | 'date'>[]): ListingTiming[] {
  if (!asOf) return [];
  return listings.map((l) => listingTiming(asOf, l)).filter((t): t is ListingTiming => t !== null);
}
