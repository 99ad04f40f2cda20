/**
 * Visible text first: which block containers are on screen right now?
 * Sampling a grid of points through the caret API finds them without
 * measuring every block of a long page.
 */
import { containerOf, isInsideSkipped, type ExtractOptions } from './blocks';
import { caretFromPoint } from './hit-test';

export function visibleContainers(win: Window, opts: ExtractOptions = {}, cols = 6, rows = 12): Node[] {
  const doc = win.document;
  const width = doc.documentElement.clientWidth || win.innerWidth;
  const height = win.innerHeight;
  const seen = new Set<Node>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const caret = caretFromPoint(doc, ((c + 0.5) * width) / cols, ((r + 0.5) * height) / rows);
      if (!caret || caret.node.nodeType !== 3) continue;
      const container = containerOf(caret.node);
      if (container && !seen.has(container) && !isInsideSkipped(caret.node, opts)) seen.add(container);
    }
  }
  return [...seen];
}
