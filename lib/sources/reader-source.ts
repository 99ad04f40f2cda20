/**
 * A source the reader added from a page they read ("Add this page as a source"): the page's text
 * as it was read (so every quote stays verifiable), where and when it was published, and one report
 * per fact the reader accepted. Stored in the extension's database (lib/db, table readerSources),
 * never replaced by a claims update, exported and imported with the notes.
 *
 * Pure: the background, the popup and the tests validate with the same function.
 */
import { z } from 'zod';
import { IsoDate, Report, type ClaimSnapshot, type CompiledFact } from '../model';
import { compareValues, parseValues } from '../values';

/** A page's text is kept whole up to this size; a longer page cannot be added (a clear message says so). */
export const MAX_SOURCE_TEXT = 400_000;
/** Quotes are sentences or short passages. */
export const MAX_QUOTE = 1_000;
export const MAX_READER_REPORTS = 60;

export const ReaderReport = Report.extend({ fact: z.string().regex(/^[a-z0-9-]+$/).max(128), quote: z.string().min(8).max(MAX_QUOTE) }).omit({ source: true });
export type ReaderReport = z.infer<typeof ReaderReport>;

export const ReaderSource = z.object({
  id: z.string().regex(/^r_[0-9a-f]{16}$/),
  title: z.string().min(1).max(500),
  url: z.string().max(8192),
  /** The site or outlet, as the reader names it (defaults to the page's host). */
  publisher: z.string().min(1).max(200),
  /** The date the page reports as of (YYYY, YYYY-MM or YYYY-MM-DD). */
  asOf: IsoDate.optional(),
  /** The page's text as read: every quote is found in it verbatim. */
  text: z.string().min(1).max(MAX_SOURCE_TEXT),
  reports: z.array(ReaderReport).min(1).max(MAX_READER_REPORTS),
  /** Off: kept, shown, but not used for verdicts. */
  enabled: z.boolean(),
  addedAt: z.number().int().nonnegative(),
});
export type ReaderSource = z.infer<typeof ReaderSource>;

/** Stable id from the page's address: adding the same page again replaces its earlier copy. */
export function readerSourceId(url: string): string {
  // 64-bit FNV-1a, as lib/claims/compile.ts hashes the bundle.
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < url.length; i++) {
    h ^= BigInt(url.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `r_${h.toString(16).padStart(16, '0')}`;
}

export type ReaderSourceCheck = { ok: true; source: ReaderSource } | { ok: false; errors: string[] };

/**
 * Everything zod cannot check: each report's fact exists, its quote is in the stored text verbatim,
 * its value is of the fact's kind and is what the quote says, and one report per fact.
 */
export function checkReaderSource(raw: unknown, snapshot: Pick<ClaimSnapshot, 'facts' | 'parties'>): ReaderSourceCheck {
  const parsed = ReaderSource.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, errors: [`${issue?.path.join('.') || 'source'}: ${issue?.message ?? 'invalid'}`] };
  }
  const source = parsed.data;
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const [i, r] of source.reports.entries()) {
    const where = `report ${i + 1} (${r.fact})`;
    const fact = snapshot.facts.find((f) => f.id === r.fact);
    if (!fact) {
      errors.push(`${where}: no such fact`);
      continue;
    }
    if (seen.has(r.fact)) errors.push(`${where}: the fact is reported twice`);
    seen.add(r.fact);
    if (!source.text.includes(r.quote)) errors.push(`${where}: the quote is not in the page's text`);
    const problem = valueProblem(fact, r, snapshot.parties);
    if (problem) errors.push(`${where}: ${problem}`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, source };
}

function valueProblem(fact: CompiledFact, r: ReaderReport, parties: ClaimSnapshot['parties']): string | null {
  if (!r.value) return null;
  if (fact.kind === 'text') return 'this fact has no values';
  if (r.value.type !== fact.kind) return `a ${r.value.type} value for a ${fact.kind} fact`;
  // The value must be one the quote states (the reader may correct how it was read, not invent one).
  const found = parseValues(fact.kind, r.quote, { parties, statuses: fact.statuses });
  const ctx = { parties, statuses: fact.statuses };
  return found.some((f) => compareValues(f.value, r.value!, ctx) === true && compareValues(r.value!, f.value, ctx) === true)
    ? null
    : 'the value is not what the quote says';
}
