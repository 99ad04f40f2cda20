/**
 * How each verdict is marked on the page: the reader's choice (options page),
 * kept in settings and sent to every content script with site:status and
 * page:status. A style is a line *shape*, so colour is never the only signal;
 * 'none' means claims with that verdict are not marked at all (they are still
 * found, listed in the popup, and open their card on hover).
 *
 * Defaults: the three verdicts that compare a value are marked, 'related' is
 * not (docs/design.md, section 5: on a typical article most sentences near a
 * name are only related, and marking them all buried the one contradiction).
 *
 * No zod here on purpose: the content script imports this file and stays small.
 */
import type { Verdict } from './engine/types';

export const MARK_VERDICTS = ['contradicted', 'mixed', 'supported', 'related'] as const satisfies readonly Verdict[];
export const MARK_STYLES = ['wavy', 'dotted', 'solid', 'double', 'dashed', 'none'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];
export type Marks = Record<Verdict, MarkStyle>;

export const DEFAULT_MARKS: Readonly<Marks> = Object.freeze({
  contradicted: 'wavy',
  mixed: 'dotted',
  supported: 'solid',
  related: 'none',
});

/** Words for the options page and the first-run guide. */
export const MARK_STYLE_LABELS: Record<MarkStyle, string> = {
  wavy: 'wavy underline',
  dotted: 'dotted underline',
  solid: 'solid underline',
  double: 'double underline',
  dashed: 'dashed underline',
  none: 'not marked',
};

/** Mid-luminance colours: roughly 3:1 on white and on near-black pages. */
export const VERDICT_COLOURS: Record<Verdict, string> = {
  supported: 'rgb(34, 139, 84)',
  mixed: 'rgb(196, 120, 0)',
  contradicted: 'rgb(220, 50, 60)',
  related: 'rgb(110, 110, 220)',
};

const THICKNESS: Record<Exclude<MarkStyle, 'none'>, string> = {
  wavy: '2px',
  dotted: '3px',
  solid: '2px',
  double: '1px',
  dashed: '2px',
};

export function isMarkStyle(value: unknown): value is MarkStyle {
  return typeof value === 'string' && (MARK_STYLES as readonly string[]).includes(value);
}

/** Any stored or received value → a complete, valid Marks (unknown keys dropped, bad values defaulted). */
export function normalizeMarks(value: unknown): Marks {
  const out: Marks = { ...DEFAULT_MARKS };
  if (value && typeof value === 'object') {
    for (const verdict of MARK_VERDICTS) {
      const style = (value as Record<string, unknown>)[verdict];
      if (isMarkStyle(style)) out[verdict] = style;
    }
  }
  return out;
}

export function isMarked(marks: Marks, verdict: Verdict): boolean {
  return marks[verdict] !== 'none';
}

/**
 * The ::highlight() rules for these marks (the names in docs/design.md, section 5).
 * Mentions always get the same calm tint; a verdict marked 'none' gets no rule.
 */
export function markCss(marks: Marks): string {
  const lines = ['::highlight(claimlens-mention) { background-color: rgba(250, 204, 21, 0.30); }'];
  for (const verdict of MARK_VERDICTS) {
    const style = marks[verdict];
    if (style === 'none') continue;
    lines.push(
      `::highlight(claimlens-${verdict}) { text-decoration: underline ${style} ${VERDICT_COLOURS[verdict]}; text-decoration-thickness: ${THICKNESS[style]}; }`,
    );
  }
  return `\n${lines.join('\n')}\n`;
}

/**
 * Verdicts that share a line shape (unmarked ones aside): on the page they differ by colour only,
 * which must never be the only signal. The options page warns with these.
 */
export function sharedShapes(marks: Marks): { style: MarkStyle; verdicts: Verdict[] }[] {
  const byStyle = new Map<MarkStyle, Verdict[]>();
  for (const verdict of MARK_VERDICTS) {
    const style = marks[verdict];
    if (style === 'none') continue;
    byStyle.set(style, [...(byStyle.get(style) ?? []), verdict]);
  }
  return [...byStyle.entries()].filter(([, verdicts]) => verdicts.length > 1).map(([style, verdicts]) => ({ style, verdicts }));
}
