/**
 * Short human text for a value: "250 million", "over $4 billion", "$4.3 billion (record)",
 * "tens of millions of dollars", "4 months", "2023", "Eric Trump and Steve Witkoff".
 * No locale APIs, so the CLI and every browser print the same thing.
 */
import type { Party, Qualifier, StatusOption, Value } from '../model';
import type { NumericValue } from './types';

const PREFIX: Record<Qualifier, string> = {
  exact: '', about: 'about ', over: 'over ', under: 'under ', nearly: 'nearly ', 'at-least': 'at least ',
  'at-most': 'up to ', range: '',
};
const SCALES: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
const PLURAL: Record<number, string> = { 1e3: 'thousands', 1e6: 'millions', 1e9: 'billions', 1e12: 'trillions' };

function trimDecimals(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function groupThousands(n: number): string {
  const [int = '0', dec] = trimDecimals(n).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return dec ? `${grouped}.${dec}` : grouped;
}

export function formatNumber(n: number): string {
  for (const [scale, word] of SCALES) if (Math.abs(n) >= scale) return `${trimDecimals(n / scale)} ${word}`;
  return groupThousands(n);
}

/** "tens of millions", "billions", or null when the range is not one of the vague phrases. */
function vaguePhrase(lo: number, hi: number): string | null {
  for (const scale of [1e3, 1e6, 1e9, 1e12]) {
    const name = PLURAL[scale]!;
    if (lo === scale && hi === scale * 1e3) return name;
    if (lo === 10 * scale && hi === 100 * scale) return `tens of ${name}`;
    if (lo === 100 * scale && hi === 1000 * scale) return `hundreds of ${name}`;
  }
  return null;
}

/** How an amount in each currency is written: "$4.3 million", "C$6 million", "€5 million". */
const CURRENCY_SIGN: Record<string, string> = { USD: '$', CAD: 'C$', AUD: 'A$', HKD: 'HK$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', INR: '₹', CHF: 'CHF ', OTHER: '' };

function formatNumeric(v: NumericValue): string {
  const money = v.type === 'money';
  const sign = v.type === 'money' ? (CURRENCY_SIGN[v.currency ?? 'USD'] ?? '$') : '';
  const num = (n: number) => (money ? `${sign}${formatNumber(n)}${sign === '' ? ' (in another currency)' : ''}` : formatNumber(n));
  let body: string;
  if (v.qualifier === 'range' && v.max !== undefined) {
    const vague = vaguePhrase(v.amount, v.max);
    body = vague ? (money ? `${vague} of ${v.type === 'money' && v.currency !== 'USD' ? `${v.currency} ` : ''}dollars` : vague) : `${num(v.amount)} to ${num(v.max)}`;
  } else body = `${PREFIX[v.qualifier]}${num(v.amount)}`;
  if (v.type === 'percent') body = v.qualifier === 'range' && v.max !== undefined ? `${trimDecimals(v.amount)}–${trimDecimals(v.max)}%` : `${PREFIX[v.qualifier]}${trimDecimals(v.amount)}%`;
  if (v.type === 'duration') {
    const unit = (n: number) => `${v.unit}${n === 1 ? '' : 's'}`;
    body =
      v.qualifier === 'range' && v.max !== undefined
        ? `${trimDecimals(v.amount)} to ${trimDecimals(v.max)} ${unit(v.max)}`
        : `${PREFIX[v.qualifier]}${trimDecimals(v.amount)} ${unit(v.amount)}`;
  }
  if (v.type === 'money' && v.record) body += ' (record)';
  return body;
}

export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function formatValue(v: Value, parties: Party[] = [], statuses: StatusOption[] = []): string {
  switch (v.type) {
    case 'money':
    case 'count':
    case 'percent':
    case 'duration':
      return formatNumeric(v);
    case 'year':
      return String(v.year);
    case 'people':
      return joinNames(v.people.map((id) => parties.find((p) => p.id === id)?.name ?? id));
    case 'status':
      return statuses.find((s) => s.id === v.status)?.label ?? v.status.replace(/-/g, ' ');
  }
}
