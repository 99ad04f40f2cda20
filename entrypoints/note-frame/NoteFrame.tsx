/**
 * What the reader sees in the note frame: a text area, Save and Cancel. Esc
 * closes the card (through the background, which tells the content script),
 * Ctrl/Cmd+Enter saves. Focus goes to the text area whenever the frame gets it.
 * A new token is a new note: the field starts empty. Without a token yet (the
 * background is still naming the note) the reader can type, not save.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface NoteFrameProps {
  token: string;
  /** runtime.sendMessage to the background. */
  send(message: unknown): Promise<unknown>;
  win: Window;
}

type Reply = { ok: true } | { ok: false; error: string };
const asReply = (raw: unknown): Reply =>
  raw && typeof raw === 'object' && (raw as { ok?: unknown }).ok === true
    ? { ok: true }
    : { ok: false, error: String((raw as { error?: unknown } | null)?.error ?? 'no answer') };

export function NoteFrame({ token, send, win }: NoteFrameProps) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const [forToken, setForToken] = useState(token);
  if (forToken !== token) {
    // Keep what was typed while the note was being named (no token → its token); else start afresh.
    if (forToken !== '' || token === '') setBody('');
    setError(null);
    setForToken(token);
  }

  useEffect(() => {
    const focus = () => area.current?.focus({ preventScroll: true });
    // The card focuses this frame's element; the frame's window then gets focus.
    win.addEventListener('focus', focus);
    if (win.document.hasFocus()) focus();
    return () => win.removeEventListener('focus', focus);
  }, [win]);

  const close = (reason: 'cancel' | 'escape') => {
    if (token) void send({ type: 'note:close', data: { token, reason } }).catch(() => undefined);
  };

  const save = async () => {
    if (busy || !token) return;
    setBusy(true);
    setError(null);
    const reply = asReply(await send({ type: 'note:save', data: { token, body } }).catch((e: unknown) => ({ ok: false, error: String(e) })));
    setBusy(false);
    // Saved: the card removes this frame and says "Note saved.".
    if (!reply.ok) setError(`Could not save the note: ${reply.error}`);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close('escape');
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <form
      class="note"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={onKeyDown}
    >
      <textarea
        ref={area}
        aria-label="Note on this passage"
        value={body}
        maxLength={100_000}
        onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="row">
        <button type="submit" disabled={busy || !token}>
          Save note
        </button>
        <button type="button" onClick={() => close('cancel')}>
          Cancel
        </button>
        {error && (
          <span class="error" role="alert">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}
