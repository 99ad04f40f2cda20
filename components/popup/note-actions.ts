/**
 * Note edits shared by the Notes tab and a fact's own notes: save, and delete
 * with an Undo toast that restores the note exactly (soft delete + restore keep
 * its id, text and times).
 */
import type { Note, Repo } from '../../lib/db';
import type { ToastMessage } from '../shared/Toast';

export interface NoteActions {
  save: (note: Note, body: string) => Promise<void>;
  remove: (note: Note) => Promise<void>;
}

export function noteActions(repo: Repo, onToast: (toast: Omit<ToastMessage, 'id'>) => void): NoteActions {
  return {
    async save(note, body) {
      await repo.updateNote(note.id, { body });
    },
    async remove(note) {
      try {
        await repo.deleteNote(note.id);
      } catch (error) {
        onToast({ text: `Could not delete: ${error instanceof Error ? error.message : String(error)}` });
        return;
      }
      onToast({
        text: 'Note deleted.',
        actionLabel: 'Undo',
        onAction: () => {
          repo.restoreNote(note.id).then(
            () => onToast({ text: 'Note restored.' }),
            (error: unknown) => onToast({ text: `Could not restore: ${error instanceof Error ? error.message : String(error)}` }),
          );
        },
      });
    },
  };
}
