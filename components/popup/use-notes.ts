/**
 * The reader's notes, kept current with a Dexie live query: a note created,
 * edited, deleted or restored anywhere (this popup, a hover card through the
 * background, an import) shows up without manual refreshes.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { ListNotesQuery, Note, Repo } from '../../lib/db';
import type { Loadable } from './use-claims';

export function useNotes(repo: Repo, query: ListNotesQuery): Loadable<Note[]> {
  const [notes, setNotes] = useState<Loadable<Note[]>>({ state: 'loading' });
  const key = JSON.stringify(query);
  useEffect(() => {
    const fail = (error: unknown) => setNotes({ state: 'error', error: error instanceof Error ? error.message : String(error) });
    if (!repo.db) {
      // Unavailable database: listNotes rejects with the reason, which we show.
      repo.listNotes(query).then((value) => setNotes({ state: 'ready', value }), fail);
      return;
    }
    const sub = liveQuery(() => repo.listNotes(query)).subscribe({
      next: (value) => setNotes({ state: 'ready', value }),
      error: fail,
    });
    return () => sub.unsubscribe();
  }, [repo, key]);
  return notes;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
