/**
 * Saves text as a file without the "downloads" permission: a Blob, an object
 * URL and a temporary <a download> clicked programmatically. The document is a
 * parameter so tests can pass their own.
 */
export function downloadText(doc: Document, filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the download starts asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file name that is safe everywhere: "claimlens-notes-2025-06-01.md". */
export function exportFileName(kind: string, ext: string, now: Date): string {
  const slug = kind.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'export';
  return `claimlens-${slug}-${now.toISOString().slice(0, 10)}.${ext}`;
}
