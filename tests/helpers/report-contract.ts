/**
 * The schemaVersion-1 JSON contract as a strict schema, written from the text rather than
 * from the code, so a renamed or missing field fails the tests.
 */
import { z } from 'zod';

const nullableNum = z.number().nullable();
const nullableStr = z.string().nullable();
/** Money: an amount with the currency it is in (null: the file does not say). */
const Amounts = z.array(z.object({ amount: z.number(), currency: nullableStr }));

export const ListingContract = z.object({
  list: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  citation: z.string().min(1),
  url: z.string().regex(/^https:\/\//),
});

export const FindingContract = z.object({
  source: z.string(),
  line: z.number().int().positive(),
  fund: nullableStr,
  issuer: z.string().min(1),
  ticker: nullableStr,
  exchange: nullableStr,
  country: nullableStr,
  isin: nullableStr,
  cusip: nullableStr,
  sedol: nullableStr,
  figi: nullableStr,
  lei: nullableStr,
  uscc: nullableStr,
  shares: nullableNum,
  marketValue: nullableNum,
  weightPct: nullableNum,
  weightBound: z.string().regex(/^[<>]=?\d/).optional(),
  currency: nullableStr,
  entity: z.object({ id: z.string().min(1), name: z.string().min(1), listings: z.array(ListingContract).min(1) }),
  relation: z.enum(['direct', 'parent', 'subsidiary', 'affiliate']),
  tier: z.enum(['confirmed', 'probable', 'review']),
  match: z.object({
    method: z.enum(['isin', 'cusip', 'sedol', 'lei', 'figi', 'uscc', 'ticker', 'name']),
    score: z.number().min(0).max(1),
    alias: z.string().min(1),
    explanation: z.string().min(1),
  }),
  suppressed: z.boolean(),
});

export const ReportContract = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('fundscreen'), version: z.string().regex(/^\d+\.\d+\.\d+/) }),
  generatedAt: z.string().datetime(),
  lists: z.array(z.object({ id: z.string(), version: z.string(), entities: z.number().int().positive(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })).min(1),
  funds: z.array(
    z.object({
      source: z.string(),
      fund: nullableStr,
      asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
      format: z.string().min(1),
      rows: z.object({ read: z.number().int(), screened: z.number().int(), excluded: z.number().int(), skipped: z.number().int() }),
      findings: z.number().int().nonnegative(),
      exposure: z.object({ marketValue: nullableNum, weightPct: nullableNum, amounts: Amounts, screened: Amounts }),
    }),
  ),
  findings: z.array(FindingContract),
  skipped: z.array(z.object({ source: z.string(), line: z.number().int().positive(), reason: z.string().min(1) })),
});

export type ReportJson = z.infer<typeof ReportContract>;
