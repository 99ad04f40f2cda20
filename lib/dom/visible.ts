/**
 * Visible text first: which subtrees are on screen right now? Measuring every
 * block of a long page would itself be a long task, so this descends from
 * <body> and binary-searches each level's children by their boxes (children
 * mostly stack top to bottom): a few dozen getBoundingClientRect calls even
 * on a 5 MB page. A wrong guess (columns, absolute positioning) only changes
 * what is scanned first, never what is scanned.
 */
import { docBody } from './page-doc';

const MAX_DEPTH = 24;
const MAX_RESULTS = 60;

export function visibleSubtrees(win: Window): Element[] {
  const doc = win.document;
  const height = win.innerHeight;
  let el: Element | null = docBody(doc);
  for (let depth = 0; el && depth < MAX_DEPTH; depth++) {
    const kids = el.children;
    if (kids.length === 0) return [el];
    // First child whose bottom edge is below the top of the viewport.
    let lo = 0;
    let hi = kids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kids[mid]!.getBoundingClientRect().bottom > 0) hi = mid;
      else lo = mid + 1;
    }
    const onScreen: Element[] = [];
    for (let i = lo; i < kids.length && onScreen.length < MAX_RESULTS; i++) {
      const box = kids[i]!.getBoundingClientRect();
      if (box.top >= height) break;
      if (box.bottom > 0 || box.height === 0) onScreen.push(kids[i]!);
    }
    if (onScreen.length === 0) return [el];
    // One child spans the whole screen (a wrapper such as <main> or #app): look inside it.
    const only = onScreen.length === 1 ? onScreen[0]!.getBoundingClientRect() : null;
    if (only && only.top <= 0 && only.bottom >= height) {
      el = onScreen[0]!;
      continue;
    }
    return onScreen;
  }
  return el ? [el] : [];
}
