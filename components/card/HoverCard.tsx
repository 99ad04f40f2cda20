/**
 * The hover card: the entity, the claim in this sentence with its verdict and
 * why, each source's quote, and the actions (pin, note, full comparison).
 * Rendered inside a closed shadow root (see card-host.ts), so page CSS cannot
 * reach it and page scripts cannot read the note being typed. The host remounts
 * it (a new key) for new data, which resets the note field.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { agreementLabel, type CardData, VERDICT_LABEL } from './card-model';

export interface HoverCardProps {
  data: CardData;
  pinned: boolean;
  /** Viewport coordinates: left plus top (below the anchor) or bottom (above it), and the height it may take. */
  position: { left: number; top?: number; bottom?: number; maxHeight: number };
  /** Move focus into the card (only when the reader asked: shortcut or click). */
  autoFocus: boolean;
  onPin(): void;
  onClose(): void;
  /** Resolves with an error message, or null when the note was saved. */
  onSaveNote(body: string): Promise<string | null>;
  onOpenFact(factId: string): void;
}

const VERDICT_MARK = { supported: '✓', mixed: '≈', contradicted: '✗', related: '~' } as const;

export function HoverCard({ data, pinned, position, autoFocus, onPin, onClose, onSaveNote, onOpenFact }: HoverCardProps) {
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  // Layout effects: focus moves in the same task as the click or key, so no keystroke is lost.
  useLayoutEffect(() => {
    if (autoFocus) cardRef.current?.focus({ preventScroll: true });
  }, [autoFocus, data]);
  useLayoutEffect(() => {
    // The reader clicked "Add note": focusing the field is what they asked for.
    if (noteOpen) noteRef.current?.focus({ preventScroll: true });
  }, [noteOpen]);

  const save = async (e: Event) => {
    e.preventDefault();
    const error = await onSaveNote(note);
    if (error) setStatus(`Could not save the note: ${error}`);
    else {
      setStatus('Note saved.');
      setNote('');
      setNoteOpen(false);
    }
  };

  const { entity, claims } = data;
  const first = claims[0];
  return (
    <div
      ref={cardRef}
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
        <button type="button" class="icon" aria-pressed={pinned} title={pinned ? 'Unpin' : 'Pin this card'} onClick={onPin}>
          {pinned ? 'Pinned' : 'Pin'}
        </button>
        <button type="button" class="icon" aria-label="Close" title="Close (Esc)" onClick={onClose}>
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
                <q>{s.quote}</q>
              </li>
            ))}
          </ul>
          <button type="button" class="compare" onClick={() => onOpenFact(claim.factId)}>
            Open full comparison
          </button>
        </section>
      ))}
      <footer>
        <button type="button" onClick={() => setNoteOpen(!noteOpen)} aria-expanded={noteOpen}>
          Add note
        </button>
      </footer>
      {noteOpen && (
        <form class="note" onSubmit={save}>
          <textarea
            ref={noteRef}
            aria-label="Note on this passage"
            value={note}
            maxLength={100_000}
            onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <div class="row">
            <button type="submit">Save note</button>
            <button type="button" onClick={() => setNoteOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
    </div>
  );
}
