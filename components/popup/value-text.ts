/**
 * A report's stated value in words, and where the quote writes it, using the
 * same value parser as the engine (lib/values). If the parser finds nothing
 * comparable (a vague status, a spelling it does not know), fall back to a plain
 * search for the formatted value, and finally to no emphasis at all.
 */
import type { CompiledFact, Party, Report } from '../../lib/model';
import { formatValue, parseValues, valuesAgree } from '../../lib/values';
import { findSubstrings, type Span } from './quote-marks';

export function reportValueText(fact: CompiledFact, report: Report, parties: Party[]): string | undefined {
  if (!report.value) return undefined;
  try {
    return formatValue(report.value, parties, fact.statuses ?? []);
  } catch {
    return undefined;
  }
}

export function reportValueSpans(fact: CompiledFact, report: Report, parties: Party[]): Span[] {
  if (!report.value) return [];
  const found = parseValues(fact.kind, report.quote, { parties, statuses: fact.statuses });
  // Only the values that are the stated one: "250 million users and $65 billion" marks "250 million" for a user count.
  const matching = found.filter((f) => f.value.type === report.value!.type && valuesAgree(f.value, report.value!) !== false);
  const chosen = matching.length ? matching : found.filter((f) => f.value.type === report.value!.type);
  if (chosen.length) return chosen.map(({ start, end }) => ({ start, end }));
  const text = reportValueText(fact, report, parties);
  return text ? findSubstrings(report.quote, [text]) : [];
}
