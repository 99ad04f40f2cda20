/** A labelled textarea with Save / Cancel; Ctrl/Cmd+Enter saves, Escape cancels. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { NOTE_LIMITS } from '../../lib/db/note-schema';

export interface NoteEditorProps {
  initial?: string;
  label: string;
  saveLabel: string;
  onSave: (body: string) => Promise<void>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

export function NoteEditor({ initial = '', label, saveLabel, onSave, onCancel, autoFocus = true }: NoteEditorProps) {
  const [body, setBody] = useState(initial);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) area.current?.focus();
  }, []);
  const save = async () => {
    if (!body.trim()) return setError('Write something first.');
    setBusy(true);
    try {
      await onSave(body);
      setError('');
    } catch (e) {
      // The text stays in the box: nothing the reader typed is lost.
      setError(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      class="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        <span class="visually-hidden">{label}</span>
        <textarea
          ref={area}
          rows={3}
          maxLength={NOTE_LIMITS.body}
          value={body}
          aria-label={label}
          onInput={(e) => setBody(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save();
            } else if (e.key === 'Escape' && onCancel) {
              e.preventDefault();
              e.stopPropagation();
              onCancel();
            }
          }}
        />
      </label>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="note-actions">
        <button type="submit" class="primary" disabled={busy}>
          {saveLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
