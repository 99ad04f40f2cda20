/**
 * Finds statements of a fact's status ("has just struck an agreement" → agreed) with the
 * patterns each StatusOption lists. Patterns are data: one that does not compile is skipped
 * (the claim validator reports it), and zero-length matches cannot loop.
 */
import type { StatusOption } from '../model';
import type { FoundValue } from './types';

const compiled = new Map<string, RegExp | null>();

export function compileStatusPattern(pattern: string): RegExp | null {
  if (compiled.has(pattern)) return compiled.get(pattern) ?? null;
  let re: RegExp | null = null;
  try {
    re = new RegExp(pattern, 'giu');
  } catch {
    try {
      re = new RegExp(pattern, 'gi');
    } catch {
      re = null;
    }
  }
  compiled.set(pattern, re);
  return re;
}

export function findStatuses(text: string, statuses: StatusOption[]): FoundValue[] {
  const found: FoundValue[] = [];
  for (const option of statuses) {
    for (const pattern of option.patterns) {
      const proto = compileStatusPattern(pattern);
      if (!proto) continue;
      const re = new RegExp(proto.source, proto.flags);
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        found.push({ value: { type: 'status', status: option.id }, start: m.index, end: m.index + m[0].length, text: m[0] });
      }
    }
  }
  // Text order; where two statuses match the same words, the longer statement first.
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
