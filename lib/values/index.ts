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
 * Every value of `kind` written in `text`, in text order, with JS string offsets.
 * Never throws; linear in the length of the text. Kind "text" has no values.
 */
export function parseValues(kind: FactKind, text: string, ctx: ValueContext): FoundValue[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    switch (kind) {
      case 'money':
      case 'count':
      case 'percent':
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
