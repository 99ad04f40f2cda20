/**
 * Text with some spans emphasised in <mark> elements. Built as JSX text nodes
 * so page and note text can never become markup.
 */
import { segmentText, type Span } from '../popup/quote-marks';

export interface MarkedTextProps {
  text: string;
  spans: readonly Span[];
  /** For screen readers: what a marked span is, e.g. "stated value". */
  markLabel?: string;
}

export function MarkedText({ text, spans, markLabel }: MarkedTextProps) {
  return (
    <>
      {segmentText(text, spans).map((segment, i) =>
        segment.marked ? (
          <mark key={i} aria-label={markLabel ? `${markLabel}: ${segment.text}` : undefined}>
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
