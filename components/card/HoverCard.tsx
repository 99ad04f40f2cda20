/**
 * The hover card: the entity, the claim in this sentence with its verdict and
 * why, each source's quote, and the actions (pin, note, full comparison).
 * Rendered inside a closed shadow root on a plain host element (see card-host.ts),
 * so page CSS cannot reach it and page scripts cannot get into it. The note
 * field is not here: it is an extension page framed in the card (`noteFrame`,
 * entrypoints/note-frame), where the page cannot hear the keys typed
 * (docs/design.md, section 7). Buttons act on the reader's (trusted) clicks only.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { agreementLabel, type CardData, VERDICT_LABEL } from './card-model';

export interface HoverCardProps {
  data: CardData;
  pinned: boolean;
  /** Viewport coordinates: left plus top (below the anchor) or bottom (above it), and the height it may take. */
  position: { left: number; top?: number; bottom?: number; maxHeight: number };
  /** Move focus into the card (only when the reader asked: shortcut or click). */
  autoFocus: boolean;
  /**
   * The note frame's address (entrypoints/note-frame), with `#<token>` while a note is being
   * written. The frame is loaded with the card and kept (hidden) between notes, so "Add note"
   * gives it focus at once; a new token (or none) in the address resets its field.
   */
  noteFrame: string;
  /** Show the note frame and give it focus. */
  noteOpen: boolean;
  /** The card is closed: kept mounted but not shown, so the note frame stays loaded. */
  hidden?: boolean;
  /** One line under the card ("Note saved.", an error), or null. */
  status: string | null;
  onPin(): void;
  onClose(): void;
  onAddNote(): void;
  onOpenFact(factId: string): void;
  /** Which events are the reader's: trusted ones (a page's synthetic clicks are not). Tests may widen it. */
  isReaderEvent?: (e: Event) => boolean;
}

const VERDICT_MARK = { supported: '✓', mixed: '≈', contradicted: '✗', related: '~' } as const;
const trusted = (e: Event) => e.isTrusted;

export function HoverCard(props: HoverCardProps) {
  const { data, pinned, position, autoFocus, noteFrame, noteOpen, hidden, status, onPin, onClose, onAddNote, onOpenFact } = props;
  const isReader = props.isReaderEvent ?? trusted;
  const cardRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<HTMLIFrameElement>(null);
  // Layout effects: focus moves in the same task as the click or key, so no keystroke is lost.
  const noteOpenRef = useRef(noteOpen);
  noteOpenRef.current = noteOpen;
  useLayoutEffect(() => {
    if (autoFocus && !hidden) cardRef.current?.focus({ preventScroll: true });
  }, [autoFocus, data, hidden]);
  useLayoutEffect(() => {
    // The reader clicked "Add note": focusing the field is what they asked for. Focusing the
    // frame element gives its window focus; the note page then focuses its text area.
    if (noteOpen) frameRef.current?.focus({ preventScroll: true });
  }, [noteOpen]);
  const act = (fn: () => void) => (e: Event) => {
    if (isReader(e)) fn();
  };

  const { entity, claims } = data;
  const first = claims[0];
  return (
    <div
      ref={cardRef}
      hidden={hidden}
      class={`card${first ? ` verdict-${first.verdict}` : ''}`}
      role="dialog"
      aria-label={first ? `ClaimLens: ${VERDICT_LABEL[first.verdict]} — ${first.label}` : `ClaimLens: ${entity?.name ?? 'highlight'}`}
      tabIndex={-1}
      style={{
        left: `${position.left}px`,
        top: position.top === undefined ? 'auto' : `${position.top}px`,
        bottom: position.bottom === undefined ? 'auto' : `${position.bottom}px`,
        maxHeight: `${position.maxHeight}px`,
      }}
    >
      <header>
        <span class="brand">ClaimLens</span>
        <button type="button" class="icon" aria-pressed={pinned} title={pinned ? 'Unpin' : 'Pin this card'} onClick={act(onPin)}>
          {pinned ? 'Pinned' : 'Pin'}
        </button>
        <button type="button" class="icon" aria-label="Close" title="Close (Esc)" onClick={act(onClose)}>
          ×
        </button>
      </header>
      {entity && (
        <section class="entity">
          <h2>{entity.name}</h2>
          <p>{entity.description}</p>
        </section>
      )}
      {first && <blockquote class="said">{first.text}</blockquote>}
      {claims.map((claim) => (
        <section class="claim" key={claim.factId}>
          <p class="verdict">
            <span class="badge" data-verdict={claim.verdict}>
              <span aria-hidden="true">{VERDICT_MARK[claim.verdict]} </span>
              {VERDICT_LABEL[claim.verdict]}
            </span>
            <span class="label">{claim.label}</span>
          </p>
          <p class="reason">{claim.reason}</p>
          <ul class="sources">
            {claim.sources.map((s) => (
              <li key={s.id} class={`source ${agreementLabel(s.agrees)}`}>
                <span class="mark">{agreementLabel(s.agrees)}</span>
                <span class="title">{s.title}</span>
                {s.cites && <span class="cites"> ({s.cites})</span>}
                {s.reader && <span class="added"> · added by you</span>}
                {(s.says || s.asOf) && (
                  <span class="says">
                    {s.says ? ` says ${s.says}` : ''}
                    {s.asOf && <span title={s.asOfNote}>{` as of ${s.asOf}`}</span>}
                  </span>
                )}
                <q>{s.quote}</q>
              </li>
            ))}
          </ul>
          <button type="button" class="compare" onClick={act(() => onOpenFact(claim.factId))}>
            Open full comparison
          </button>
        </section>
      ))}
      <footer>
        <button type="button" onClick={act(onAddNote)} aria-expanded={noteOpen}>
          Add note
        </button>
      </footer>
      <iframe
        ref={frameRef}
        class="note-frame"
        hidden={!noteOpen}
        src={noteFrame}
        title="Note on this passage"
        // An iframe focused before its document loaded does not pass focus on, and focusing it
        // again is a no-op while it is still the focused element: blur, then focus, once loaded.
        onLoad={() => {
          const frame = frameRef.current;
          if (!noteOpenRef.current || !frame) return;
          frame.blur();
          frame.focus({ preventScroll: true });
        }}
      />
      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
    </div>
  );
}
