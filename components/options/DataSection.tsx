/**
 * The reader's data: export everything as one file, import such a file
 * (checked whole before anything is written), delete everything after a
 * confirmation — with Undo, which puts back exactly what was deleted, for as
 * long as this page stays open.
 */
import { useRef, useState } from 'preact/hooks';
import { backupFileName, collectBackup, deleteEverything, importBackup, MAX_BACKUP_BYTES, parseBackup, restoreEverything, type Backup, type BackupSettings } from '../../lib/backup';
import type { Repo } from '../../lib/db';
import { downloadText } from '../shared/download';

export interface DataSectionProps {
  repo: Repo;
  settings: BackupSettings;
  /** Stores settings through the background (settings:set) and updates the page's copy. */
  applySettings: (settings: BackupSettings) => Promise<void>;
  now: () => Date;
  doc: Document;
}

type Message = { kind: 'info' | 'error'; text: string } | null;

const words = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function DataSection({ repo, settings, applySettings, now, doc }: DataSectionProps) {
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [deleted, setDeleted] = useState<Backup | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const unavailable = !repo.db;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setMessage({ kind: 'error', text: words(error) });
    } finally {
      setBusy(false);
    }
  };

  const exportAll = () =>
    run(async () => {
      const backup = await collectBackup(repo, settings, now());
      downloadText(doc, backupFileName(now()), 'application/json', `${JSON.stringify(backup, null, 2)}\n`);
      setMessage({ kind: 'info', text: `Exported ${backup.notes.length} notes, ${backup.readerSources.length} sources you added, and your settings.` });
    });

  const importFile = (file: File) =>
    run(async () => {
      // Refuse before reading: a huge file is never loaded into memory.
      if (file.size > MAX_BACKUP_BYTES) {
        setMessage({ kind: 'error', text: 'This file is too large to be a ClaimLens backup. Nothing was changed.' });
        return;
      }
      const parsed = parseBackup(await file.text(), (await repo.getClaims()).snapshot);
      if (!parsed.ok) {
        setMessage({ kind: 'error', text: parsed.error });
        return;
      }
      const counts = await importBackup(repo, parsed.backup, applySettings);
      setMessage({
        kind: 'info',
        text: `Imported: ${counts.notes.added} new notes, ${counts.notes.updated} updated, ${counts.notes.unchanged} unchanged; ${counts.readerSources} sources you added; settings restored.`,
      });
    });

  const confirmDelete = () =>
    run(async () => {
      dialog.current?.close();
      setDeleted(await deleteEverything(repo, settings, applySettings, now()));
      setMessage({ kind: 'info', text: 'Everything was deleted: notes, the sources you added, and your settings.' });
    });

  const undo = () =>
    run(async () => {
      if (!deleted) return;
      await restoreEverything(repo, deleted, applySettings);
      setDeleted(null);
      setMessage({ kind: 'info', text: 'Restored: everything is back as it was.' });
    });

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p class="muted">
        Your notes, the sources you added and these settings are kept in this browser only; nothing is sent anywhere. A backup is one JSON
        file you can import here again, in this browser or another.
      </p>
      {unavailable ? (
        <p class="error" role="alert">
          The ClaimLens database could not be opened, so your data cannot be exported, imported or deleted right now. It is kept.
        </p>
      ) : null}
      <div class="row">
        <button type="button" onClick={exportAll} disabled={busy || unavailable}>
          Export everything
        </button>
        <label class="file-button">
          Import a backup{' '}
          <input
            type="file"
            accept="application/json,.json"
            disabled={busy || unavailable}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        <button type="button" class="danger" onClick={() => dialog.current?.showModal()} disabled={busy || unavailable}>
          Delete everything…
        </button>
      </div>
      <p class={message?.kind === 'error' ? 'error' : 'muted'} role={message?.kind === 'error' ? 'alert' : 'status'} data-testid="data-message">
        {message?.text ?? ''}
      </p>
      {deleted ? (
        <button type="button" onClick={undo} disabled={busy}>
          Undo
        </button>
      ) : null}
      <dialog ref={dialog} aria-labelledby="delete-title" aria-describedby="delete-text">
        <h3 id="delete-title">Delete everything?</h3>
        <p id="delete-text">
          This deletes all your notes and the sources you added, and resets these settings. Until you close this page, Undo brings it all
          back. Export first if you want to keep a copy.
        </p>
        <div class="row">
          <button type="button" class="danger" onClick={confirmDelete}>
            Delete everything
          </button>
          <button type="button" onClick={() => dialog.current?.close()} autoFocus>
            Cancel
          </button>
        </div>
      </dialog>
    </section>
  );
}
