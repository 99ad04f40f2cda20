/**
 * The text of an HTML document as the content script sees it: parsed with a
 * real parser (linkedom), then read with lib/dom's extractBlocks, which skips
 * script, style, code, hidden and editable content and joins inline runs so
 * "Changpeng <b>Zhao</b>" stays one name. Blocks are joined with a blank line,
 * which the engine treats as a paragraph break.
 *
 * linkedom has no layout, so "hidden" here means the hidden attribute,
 * aria-hidden (both handled by extractBlocks) and inline display:none or
 * visibility:hidden styles; the browser uses computed styles.
 */
import { parseHTML } from 'linkedom';
import { extractBlocks } from '../dom/blocks';
import { pageDateOf } from '../dom/page-date';

export const BLOCK_SEPARATOR = '\n\n';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

export function isInlineHidden(el: Element): boolean {
  return HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}

export function htmlToText(html: string): string {
  return htmlToPage(html).text;
}

/** The page's text and, where its metadata says, when it was published (lib/dom/page-date.ts). */
export function htmlToPage(html: string): { text: string; pageDate?: string } {
  const { document } = parseHTML(html);
  const root: Node = document.body ?? document.documentElement ?? document;
  const text = extractBlocks(root, { isHidden: isInlineHidden })
    .map((b) => b.text)
    .join(BLOCK_SEPARATOR);
  const pageDate = pageDateOf(document as unknown as Document);
  return pageDate ? { text, pageDate } : { text };
}
