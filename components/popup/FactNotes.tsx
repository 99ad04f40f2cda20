/** The reader's notes about one fact, below its comparison, with a box to add one. */
import { useState } from 'preact/hooks';
import type { CompiledFact } from '../../lib/model';
import type { ToastMessage } from '../shared/Toast';
import { NoteEditor } from './NoteEditor';
import { NoteItem } from './NoteItem';
import { noteActions } from './note-actions';
import type { PopupServices } from './services';
import { useNotes } from './use-notes';

export interface FactNotesProps {
  fact: CompiledFact;
  services: PopupServices;
  onToast: (toast: Omit<ToastMessage, 'id'>) => void;
}

export function FactNotes({ fact, services, onToast }: FactNotesProps) {
  const { repo } = services;
  const notes = useNotes(repo, { factId: fact.id });
  const [adding, setAdding] = useState(false);
  const actions = noteActions(repo, onToast);
  return (
    <section class="fact-notes" aria-labelledby="fact-notes-heading">
      <h3 id="fact-notes-heading">Your notes</h3>
      {notes.state === 'error' ? (
        <p class="error" role="alert">
          Notes are unavailable right now: {notes.error}
        </p>
      ) : null}
      {notes.state === 'ready' && notes.value.length ? (
        <ul class="notes">
          {notes.value.map((note) => (
            <NoteItem key={note.id} note={note} showTarget={note.target.kind === 'passage'} onSave={actions.save} onDelete={actions.remove} />
          ))}
        </ul>
      ) : null}
      {adding ? (
        <NoteEditor
          label={`New note about: ${fact.label}`}
          saveLabel="Add note"
          onSave={async (body) => {
            await repo.createNote({ target: { kind: 'fact', factId: fact.id }, body });
            setAdding(false);
            onToast({ text: 'Note added.' });
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)} disabled={notes.state === 'error'}>
          Add a note about this fact
        </button>
      )}
    </section>
  );
}
