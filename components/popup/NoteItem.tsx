/**
 * One note: what it is about (a fact, or a quoted passage with its page), the
 * text, when it was written, and Edit / Delete. Everything is rendered as text.
 */
import { useState } from 'preact/hooks';
import type { Note } from '../../lib/db';
import { textFragmentUrl } from '../../lib/notes/text-fragment';
import { NoteEditor } from './NoteEditor';

export interface NoteItemProps {
  note: Note;
  /** The fact's question, when the note is about a known fact. */
  factLabel?: string;
  /** Hide "about this fact" (inside the fact's own view). */
  showTarget?: boolean;
  onSave: (note: Note, body: string) => Promise<void>;
  onDelete: (note: Note) => Promise<void>;
  onOpenFact?: (factId: string) => void;
}

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function NoteItem({ note, factLabel, showTarget = true, onSave, onDelete, onOpenFact }: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const t = note.target;
  const factId = t.factId;
  return (
    <li class="note" data-note={note.id} data-testid="note">
      {showTarget && t.kind === 'passage' ? (
        <div class="note-target">
          <a href={textFragmentUrl(t.url, t)} target="_blank" rel="noopener noreferrer" class="page-link">
            {t.title || t.url}
          </a>
          <blockquote class="note-quote">{t.exact}</blockquote>
        </div>
      ) : null}
      {showTarget && factId ? (
        <p class="note-fact">
          About:{' '}
          {onOpenFact && factLabel ? (
            <button type="button" class="link" onClick={() => onOpenFact(factId)}>
              {factLabel}
            </button>
          ) : (
            <span>{factLabel ?? factId}</span>
          )}
        </p>
      ) : null}
      {editing ? (
        <NoteEditor
          initial={note.body}
          label="Edit note"
          saveLabel="Save"
          onSave={async (body) => {
            await onSave(note, body);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <p class="note-body" data-testid="note-body">
            {note.body || <span class="muted">(no text)</span>}
          </p>
          <p class="note-meta muted">
            {when(note.createdAt)}
            {note.updatedAt !== note.createdAt ? ` · edited ${when(note.updatedAt)}` : ''}
          </p>
          <div class="note-actions">
            <button type="button" onClick={() => setEditing(true)} aria-label="Edit note">
              Edit
            </button>
            <button type="button" onClick={() => onDelete(note)} aria-label="Delete note">
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}
