/**
 * Import of a JSON export: the file is checked (size first, then zod), a
 * preview says how many notes are new, updated, unchanged and invalid (with
 * reasons), and only "Import" writes, in one transaction. A bad file changes
 * nothing.
 */
import { useState } from 'preact/hooks';
import { previewImport, summarizePreview, type ImportPreview } from '../../lib/notes/json';
import { fromPortableNote, toPortableNote } from '../../lib/notes/portable';
import { MAX_IMPORT_BYTES } from '../../lib/notes/schema';
import type { ToastMessage } from '../shared/Toast';
import type { PopupServices } from './services';
import type { ClaimData } from './use-claims';

export interface ImportPanelProps {
  services: PopupServices;
  claims: ClaimData;
  onToast: (toast: Omit<ToastMessage, 'id'>) => void;
}

type State = { step: 'pick' } | { step: 'error'; error: string } | { step: 'preview'; name: string; preview: ImportPreview };

export function ImportPanel({ services, claims, onToast }: ImportPanelProps) {
  const [state, setState] = useState<State>({ step: 'pick' });
  const [busy, setBusy] = useState(false);

  const read = async (file: File) => {
    setBusy(true);
    try {
      // Refuse before reading: a huge file must not be loaded into memory at all.
      const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
      const existing = (await services.repo.listNotes({ includeDeleted: true })).map(toPortableNote);
      const preview = previewImport(text, file.size, { existing, knownFactIds: new Set(claims.facts.map((f) => f.id)) });
      setState(preview.ok ? { step: 'preview', name: file.name, preview } : { step: 'error', error: preview.error });
    } catch (error) {
      setState({ step: 'error', error: `Could not read the file: ${error instanceof Error ? error.message : String(error)}. Nothing was imported.` });
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (preview: ImportPreview) => {
    setBusy(true);
    try {
      const result = await services.repo.upsertNotes(preview.toWrite.map(fromPortableNote));
      onToast({ text: `Imported: ${result.added} new, ${result.updated} updated.` });
      setState({ step: 'pick' });
    } catch (error) {
      setState({ step: 'error', error: `Import failed, nothing was changed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="panel import-panel">
      <label>
        Choose a ClaimLens JSON export{' '}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void read(file);
          }}
        />
      </label>
      {state.step === 'error' ? (
        <p class="error" role="alert" data-testid="import-error">
          {state.error}
        </p>
      ) : null}
      {state.step === 'preview' ? (
        <div class="import-preview" data-testid="import-preview">
          <p>
            <strong>{state.name}</strong>: {summarizePreview(state.preview)}.
          </p>
          {state.preview.invalid.length ? (
            <ul class="invalid-list" aria-label="Notes that will not be imported">
              {state.preview.invalid.slice(0, 20).map((item) => (
                <li key={item.index}>
                  Note {item.index + 1}
                  {item.id ? ` (${item.id})` : ''}: {item.reason}
                </li>
              ))}
              {state.preview.invalid.length > 20 ? <li>…and {state.preview.invalid.length - 20} more</li> : null}
            </ul>
          ) : null}
          <div class="note-actions">
            <button
              type="button"
              class="primary"
              disabled={busy || state.preview.toWrite.length === 0}
              onClick={() => state.step === 'preview' && confirm(state.preview)}
            >
              Import {state.preview.toWrite.length} note{state.preview.toWrite.length === 1 ? '' : 's'}
            </button>
            <button type="button" onClick={() => setState({ step: 'pick' })}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
