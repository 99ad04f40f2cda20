/** Export of the notes: format and scope (all notes, or this page's), then a download. */
import { useState } from 'preact/hooks';
import type { Note } from '../../lib/db';
import { downloadText } from '../shared/download';
import type { ToastMessage } from '../shared/Toast';
import { buildExport, EXPORT_FORMATS, type ExportFormat } from './export-notes';
import type { PopupServices } from './services';
import type { ClaimData } from './use-claims';

export interface ExportPanelProps {
  services: PopupServices;
  claims: ClaimData;
  /** The page in the target tab, when known: enables "this page's notes". */
  page?: { url: string; title: string };
  onToast: (toast: Omit<ToastMessage, 'id'>) => void;
}

export function ExportPanel({ services, claims, page, onToast }: ExportPanelProps) {
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [scope, setScope] = useState<'all' | 'page'>('all');
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const notes: Note[] = await services.repo.listNotes(scope === 'page' && page ? { url: page.url } : {});
      const file = buildExport({
        format,
        notes,
        facts: claims.facts,
        sources: claims.sources,
        now: services.now(),
        formatValue: claims.formatValue,
        pageTitle: scope === 'page' && page ? page.title || page.url : undefined,
      });
      downloadText(services.doc, file.filename, file.mime, file.text);
      onToast({ text: `Exported ${notes.length} note${notes.length === 1 ? '' : 's'} as ${file.filename}.` });
    } catch (error) {
      onToast({ text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="panel export-panel">
      <label>
        Format{' '}
        <select value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)} data-testid="export-format">
          {Object.entries(EXPORT_FORMATS).map(([id, f]) => (
            <option key={id} value={id}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Notes{' '}
        <select value={scope} onChange={(e) => setScope(e.currentTarget.value as 'all' | 'page')} data-testid="export-scope">
          <option value="all">All notes</option>
          <option value="page" disabled={!page}>
            This page’s notes
          </option>
        </select>
      </label>
      <button type="button" class="primary" onClick={run} disabled={busy}>
        Download
      </button>
    </div>
  );
}
