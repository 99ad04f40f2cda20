/**
 * A short message at the bottom of the page, with an optional action (Undo).
 * Announced to screen readers through a polite live region; disappears after
 * a while unless it has focus.
 */
import { useEffect, useRef } from 'preact/hooks';

export interface ToastMessage {
  id: number;
  text: string;
  actionLabel?: string;
  onAction?: () => void;
}

export interface ToastProps {
  toast: ToastMessage | null;
  onDismiss: () => void;
  timeoutMs?: number;
}

export function Toast({ toast, onDismiss, timeoutMs = 8000 }: ToastProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => {
      // Keep it while the reader is on its button.
      if (!box.current?.contains(document.activeElement)) onDismiss();
    }, timeoutMs);
    return () => clearTimeout(timer);
  }, [toast?.id]);
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast ? (
        <div class="toast" ref={box}>
          <span>{toast.text}</span>
          {toast.onAction ? (
            <button
              type="button"
              onClick={() => {
                toast.onAction?.();
                onDismiss();
              }}
            >
              {toast.actionLabel ?? 'OK'}
            </button>
          ) : null}
          <button type="button" class="toast-close" aria-label="Dismiss message" onClick={onDismiss}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
