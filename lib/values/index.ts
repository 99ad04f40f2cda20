/**
 * The value parser and comparator, shared by the claim validator (lib/claims) and the engine.
 * Pure: no browser or Node globals.
 */
import type { FactKind } from '../model';
import { findPeople } from './people';
import { findQuantities } from './quantities';
import { findStatuses } from './status';
import type { FoundValue, ValueContext } from './types';

export type { FoundValue, ValueContext, NumericValue } from './types';
export { compareValues, valuesAgree, intervalOf, TOLERANCE, type CompareContext } from './compare';
export { formatValue, formatNumber, joinNames } from './format';
export { normaliseAlias } from './people';
export { compileStatusPattern } from './status';

/**
 * Shares written in words: "the vast majority of" (75–100%), "a majority of" / "most of" (over 50%),
 * "nearly all" (90–100%), "almost all", "virtually all". Only with "of" or "stake" after, so "most
 * popular" is not a share.
 */
const SHARE_WORDS = /\b(?:(?:the|a|an) )?(?:(vast|overwhelming|large|great) )?(majority|bulk|lion['’]s share)(?= (?:of|stake|share|holding)\b)|\b(nearly|almost|virtually|practically) all(?= (?:of|the)\b)/gi;
function findShareWords(text: string): FoundValue[] {
  const out: FoundValue[] = [];
  SHARE_WORDS.lastIndex = 0;
  for (let m = SHARE_WORDS.exec(text); m; m = SHARE_WORDS.exec(text)) {
    const strong = Boolean(m[1]) || /bulk|lion/i.test(m[2] ?? '') || Boolean(m[3]);
    const [amount, max] = m[3] ? [90, 100] : strong ? [75, 100] : [50, 100];
    out.push({ value: { type: 'percent', amount, max, qualifier: 'range' }, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * Every value of `kind` written in `text`, in text order, with JS string offsets.
 * Never throws; linear in the length of the text. Kind "text" has no values.
 */
export function parseValues(kind: FactKind, text: string, ctx: ValueContext): FoundValue[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    switch (kind) {
      case 'percent':
        return [...findQuantities(kind, text), ...findShareWords(text)].sort((a, b) => a.start - b.start);
      case 'money':
      case 'count':
      case 'duration':
      case 'year':
        return findQuantities(kind, text);
      case 'people':
        return findPeople(text, ctx.parties ?? []);
      case 'status':
        return findStatuses(text, ctx.statuses ?? []);
      default:
        return [];
    }
  } catch {
    // Defensive: a bug must not break a page scan. The property tests make this unreachable in practice.
    return [];
  }
}
