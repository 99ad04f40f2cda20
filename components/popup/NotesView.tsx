/**
 * "Notes": every note (or this page's), searchable; edit, delete with undo;
 * a new note about a fact; export and import.
 */
import { useState } from 'preact/hooks';
import type { ToastMessage } from '../shared/Toast';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { NoteEditor } from './NoteEditor';
import { NoteItem } from './NoteItem';
import { noteActions } from './note-actions';
import type { PopupServices } from './services';
import type { ClaimData } from './use-claims';
import { useNotes } from './use-notes';
import { SearchInput } from '../shared/SearchInput';

export interface NotesViewProps {
  services: PopupServices;
  claims: ClaimData;
  page?: { url: string; title: string };
  onOpenFact: (factId: string) => void;
  onToast: (toast: Omit<ToastMessage, 'id'>) => void;
}

export function NotesView({ services, claims, page, onOpenFact, onToast }: NotesViewProps) {
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState<'all' | 'page'>('all');
  const [newFact, setNewFact] = useState(claims.facts[0]?.id ?? '');
  const [creating, setCreating] = useState(false);
  const notes = useNotes(services.repo, { query, ...(scope === 'page' && page ? { url: page.url } : {}) });
  const actions = noteActions(services.repo, onToast);

  return (
    <div class="notes-view">
      <div class="filters" role="search">
        <SearchInput label="Search notes" value={query} onChange={setQuery} />
        <select aria-label="Which notes" value={scope} onChange={(e) => setScope(e.currentTarget.value as 'all' | 'page')}>
          <option value="all">All notes</option>
          <option value="page" disabled={!page}>
            This page
          </option>
        </select>
      </div>

      {creating ? (
        <div class="panel new-note">
          <label>
            About{' '}
            <select value={newFact} onChange={(e) => setNewFact(e.currentTarget.value)} data-testid="new-note-fact">
              {claims.facts.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          <NoteEditor
            label="New note"
            saveLabel="Add note"
            autoFocus={false}
            onSave={async (body) => {
              await services.repo.createNote({ target: { kind: 'fact', factId: newFact }, body });
              setCreating(false);
              onToast({ text: 'Note added.' });
            }}
            onCancel={() => setCreating(false)}
          />
        </div>
      ) : (
        <button type="button" onClick={() => setCreating(true)} disabled={notes.state === 'error'}>
          New note about a fact
        </button>
      )}

      {notes.state === 'loading' ? <p class="muted">Loading notes…</p> : null}
      {notes.state === 'error' ? (
        <p class="error" role="alert">
          Notes are unavailable right now: {notes.error}
        </p>
      ) : null}
      {notes.state === 'ready' && notes.value.length === 0 ? (
        <p class="empty" data-testid="notes-empty">
          {query ? 'No note matches.' : 'No notes yet. Add one about a fact here, or select text on a page and use the card’s “Note”.'}
        </p>
      ) : null}
      {notes.state === 'ready' && notes.value.length ? (
        <ul class="notes" aria-label="Notes">
          {notes.value.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              factLabel={note.target.factId ? claims.factsById.get(note.target.factId)?.label : undefined}
              onSave={actions.save}
              onDelete={actions.remove}
              onOpenFact={onOpenFact}
            />
          ))}
        </ul>
      ) : null}

      <details class="tools">
        <summary>Export notes</summary>
        <ExportPanel services={services} claims={claims} page={page} onToast={onToast} />
      </details>
      <details class="tools">
        <summary>Import notes</summary>
        <ImportPanel services={services} claims={claims} onToast={onToast} />
      </details>
    </div>
  );
}
