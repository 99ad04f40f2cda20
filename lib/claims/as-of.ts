/**
 * "as of about March 2025": when a source's report speaks as of, for the card, the popup and the
 * viewer. A report's own asOf wins over its source's; sources whose date is inferred (all three
 * bundled ones, see asOfNote) read "about".
 */
import type { Report, SourceMeta } from '../model';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1]!;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

export function asOfText(source: Pick<SourceMeta, 'asOf' | 'asOfNote'> | undefined, report?: Pick<Report, 'asOf'>): string | undefined {
  const iso = report?.asOf ?? source?.asOf;
  if (!iso) return undefined;
  const approximate = !report?.asOf && Boolean(source?.asOfNote);
  return `as of ${approximate ? 'about ' : ''}${formatIsoDate(iso)}`;
}
