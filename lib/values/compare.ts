/**
 * Do two values agree? Numbers are compared as intervals (docs/design.md, section 2): each value stands for the
 * range its words allow, and two values agree when the ranges overlap, allowing a small relative
 * gap for rounding. So "$4.3 billion" agrees with "$4,300,000,000" and with "over $4 billion",
 * "250 million" conflicts with "275 million", and "tens of millions" conflicts with "billions".
 */
import type { Party, StatusOption, Value } from '../model';
import type { NumericValue } from './types';

/** Two exact figures within 1.5% of each other are the same figure, rounded differently. */
export const TOLERANCE = 0.015;
/** "about 90%": 90 ± 8%. Narrow enough that "about 250 million" still conflicts with 275 million. */
const ABOUT = 0.08;
/** "nearly 250 million": up to 10% under. */
const NEARLY = 0.1;
const DAYS = { day: 1, week: 7, month: 30.44, year: 365.25 } as const;

export interface CompareContext {
  parties?: Party[];
  statuses?: StatusOption[];
}

/** The closed interval a numeric value allows, in a common unit (days for durations). */
export function intervalOf(v: NumericValue): [number, number] {
  const f = v.type === 'duration' ? DAYS[v.unit] : 1;
  const a = v.amount * f;
  switch (v.qualifier) {
    case 'about':
      return [a * (1 - ABOUT), a * (1 + ABOUT)];
    case 'over':
    case 'at-least':
      return [a, Infinity];
    case 'under':
    case 'at-most':
      return [0, a];
    case 'nearly':
      return [a * (1 - NEARLY), a];
    case 'range':
      return [a, (v.max ?? v.amount) * f];
    case 'exact':
    default:
      return [a, a];
  }
}

function compareNumeric(a: NumericValue, b: NumericValue): boolean | null {
  // Amounts in different currencies are not comparable without a rate (none is bundled).
  if (a.type === 'money' && b.type === 'money' && (a.currency ?? 'USD') !== (b.currency ?? 'USD')) return null;
  const [loA, hiA] = intervalOf(a);
  const [loB, hiB] = intervalOf(b);
  const gap = Math.max(loA, loB) - Math.min(hiA, hiB);
  if (gap <= 0) return true;
  return gap <= TOLERANCE * Math.max(loA, loB);
}

/**
 * People sets: no source lists everyone involved ("co-founded by members of the Trump family and
 * Steve Witkoff" and "Witkoff, a co-founder" are both true), so a set is never read as exhaustive.
 *   every stated party is among the reported ones → agrees (true)
 *   no stated party is among them, nor any reported one among the stated → conflicts (false):
 *     "Zhao met Witkoff" against "Zhao met Trump's two sons"
 *   a partial overlap → not comparable (null): "met Eric Trump and Witkoff" against "met Witkoff"
 * A group (Party.members) covers its members and is covered by any of them: "the Trump family"
 * and "Eric Trump" overlap.
 */
function comparePeople(stated: string[], reported: string[], parties: Party[] = []): boolean | null {
  const members = (id: string) => parties.find((p) => p.id === id)?.members ?? [];
  const within = (id: string, set: string[]) =>
    set.includes(id) || set.some((r) => members(r).includes(id)) || members(id).some((m) => set.includes(m));
  const inside = stated.filter((id) => within(id, reported)).length;
  if (stated.length > 0 && inside === stated.length) return true;
  if (inside === 0 && !reported.some((id) => within(id, stated))) return false;
  return null;
}

function compareStatus(a: string, b: string, statuses: StatusOption[] = []): boolean {
  if (a === b) return true;
  const compatible = (x: string, y: string) => statuses.find((s) => s.id === x)?.compatible?.includes(y) ?? false;
  return compatible(a, b) || compatible(b, a);
}

/**
 * true: `stated` agrees with `reported`; false: it conflicts; null: not comparable (different types).
 *
 * People are asymmetric (comparePeople): "Zhao met Witkoff" agrees with a report that he met
 * Eric Trump and Witkoff; "Zhao met Trump Jr." conflicts with it; "Zhao met Eric Trump and
 * Trump Jr." is not comparable with it. Everything else is symmetric.
 */
export function compareValues(stated: Value, reported: Value, ctx: CompareContext = {}): boolean | null {
  if (stated.type !== reported.type) return null;
  switch (stated.type) {
    case 'money':
    case 'count':
    case 'percent':
    case 'duration':
      return compareNumeric(stated, reported as NumericValue);
    case 'year':
      return stated.year === (reported as typeof stated).year;
    case 'people':
      return comparePeople(stated.people, (reported as typeof stated).people, ctx.parties);
    case 'status':
      return compareStatus(stated.status, (reported as typeof stated).status, ctx.statuses);
    default:
      return null;
  }
}

/**
 * Whether two sources' values agree (used for agreement between sources): true when either is
 * covered by the other, false when both directions conflict, null when they cannot be compared.
 */
export function valuesAgree(a: Value, b: Value, ctx: CompareContext = {}): boolean | null {
  const ab = compareValues(a, b, ctx);
  const ba = compareValues(b, a, ctx);
  if (ab === true || ba === true) return true;
  if (ab === false && ba === false) return false;
  return null;
}
