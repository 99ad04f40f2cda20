/**
 * The page's text for "Add this page as a source" (page:text): the same
 * blocks the engine reads (lib/dom/blocks.ts: scripts, styles, code, form
 * fields and hidden text skipped), joined by a blank line as the scan command
 * joins them, with the title, the date the page's metadata gives
 * (lib/dom/page-date.ts) and what the reader has selected.
 *
 * Cut at MAX_PAGE_TEXT: longer than a source may be anyway (lib/sources says so
 * in words), and a page must not make us post megabytes to the popup.
 */
import { extractBlocks, type ExtractOptions } from './blocks';
import { pageDateOf } from './page-date';
import { docBody, docTitle } from './page-doc';

export const MAX_PAGE_TEXT = 1_000_000;
export const MAX_SELECTION = 2_000;

export interface PageText {
  title: string;
  text: string;
  pageDate?: string;
  selection?: string;
}

export function readPageText(win: Window, opts: ExtractOptions = {}): PageText {
  const doc = win.document;
  const body = docBody(doc);
  let text = '';
  if (body) {
    const parts: string[] = [];
    let length = 0;
    for (const block of extractBlocks(body, opts)) {
      const piece = block.text.replace(/\s+/g, ' ').trim();
      if (!piece) continue;
      parts.push(piece);
      length += piece.length + 2;
      if (length > MAX_PAGE_TEXT) break;
    }
    text = parts.join('\n\n').slice(0, MAX_PAGE_TEXT);
  }
  let selection = '';
  try {
    selection = (win.getSelection()?.toString() ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION);
  } catch {
    // No selection API (or a page that broke it): nothing selected.
  }
  const pageDate = pageDateOf(doc);
  return { title: docTitle(doc).slice(0, 500), text, ...(pageDate ? { pageDate } : {}), ...(selection ? { selection } : {}) };
}
