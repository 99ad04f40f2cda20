/**
 * The sources the reader added: what each is, how many facts it reports, whether it counts in
 * comparisons (switching one off keeps it), and removal with undo.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReaderSourceRow } from '../../lib/db/schema';
import { asOfText } from '../../lib/claims/as-of';
import { viewerHref } from './services';

export interface ReaderSourcesApi {
  listReaderSources(): Promise<ReaderSourceRow[]>;
  setReaderSourceEnabled(id: string, enabled: boolean): Promise<unknown>;
  removeReaderSource(id: string): Promise<ReaderSourceRow>;
  restoreReaderSource(id: string): Promise<unknown>;
}

export interface ReaderSourcesProps {
  repo: ReaderSourcesApi;
  /** Bumped by the parent when a source was added. */
  revision: number;
  onChanged: () => void;
  onToast: (text: string, undo?: () => void) => void;
}

export function ReaderSources({ repo, revision, onChanged, onToast }: ReaderSourcesProps) {
  const [rows, setRows] = useState<ReaderSourceRow[] | null>(null);
  const [error, setError] = useState('');
  const load = () =>
    repo
      .listReaderSources()
      .then((r) => {
        setRows(r);
        setError('');
      })
      .catch((err: unknown) => setError(`Your sources cannot be read right now: ${err instanceof Error ? err.message : String(err)}`));
  useEffect(() => {
    void load();
  }, [revision]);

  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!rows) return <p class="muted">Loading your sources…</p>;
  if (rows.length === 0) return null;
  const toggle = async (row: ReaderSourceRow, on: boolean) => {
    await repo.setReaderSourceEnabled(row.id, on);
    await load();
    onChanged();
  };
  const remove = async (row: ReaderSourceRow) => {
    await repo.removeReaderSource(row.id);
    await load();
    onChanged();
    onToast(`Removed “${row.title}”.`, () => {
      void repo.restoreReaderSource(row.id).then(() => {
        void load();
        onChanged();
      });
    });
  };
  return (
    <section class="reader-sources" aria-label="Sources you added">
      <h2>Sources you added</h2>
      <ul>
        {rows.map((row) => (
          <li key={row.id} class="reader-source" data-source={row.id}>
            <p>
              <strong>{row.title}</strong> <span class="muted">· {row.publisher}</span>
              {asOfText(row) ? <span class="muted"> · {asOfText(row)}</span> : null}
              <span class="tag">added by you</span>
            </p>
            <p class="muted">
              {row.reports.length} fact{row.reports.length === 1 ? '' : 's'} ·{' '}
              <a href={viewerHref(row.id)} target="_blank" rel="noopener">
                Read the text it was read from
              </a>
            </p>
            <label>
              <input type="checkbox" checked={row.enabled} onChange={(e) => toggle(row, (e.target as HTMLInputElement).checked)} /> Use in comparisons
            </label>{' '}
            <button type="button" class="link" onClick={() => remove(row)} aria-label={`Remove source ${row.title}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
