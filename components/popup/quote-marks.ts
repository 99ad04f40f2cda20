/**
 * Splitting a quote into plain and emphasised pieces, so components can wrap
 * the stated value in a <mark> element with JSX (never an HTML string).
 */

export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  marked: boolean;
}

/** Merges overlapping spans and cuts the text around them. Spans outside the text are ignored. */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const sorted = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) out.push({ text: text.slice(at, span.start), marked: false });
    out.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false });
  return out;
}

/** Case-insensitive occurrences of any of the needles (e.g. formatValue output), longest needle first. */
export function findSubstrings(text: string, needles: readonly string[]): Span[] {
  const lower = text.toLocaleLowerCase();
  const spans: Span[] = [];
  for (const needle of [...new Set(needles)].filter((n) => n.trim().length > 0).sort((a, b) => b.length - a.length)) {
    const n = needle.toLocaleLowerCase();
    for (let i = lower.indexOf(n); i !== -1; i = lower.indexOf(n, i + n.length)) {
      if (!spans.some((s) => i < s.end && i + n.length > s.start)) spans.push({ start: i, end: i + n.length });
    }
  }
  return spans;
}
