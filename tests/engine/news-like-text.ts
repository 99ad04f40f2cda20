/**
 * Synthetic inputs for the value parser's robustness checks (lib/values/values.property.test.ts)
 * and its speed measurement (tests/bench/robustness.ts): news-like prose with numbers, names and
 * adversarial fragments from a fixed seed, and number fragments that a naive parser would scan in
 * quadratic time when repeated.
 */
const PIECES = [
  'Binance reported over $4.3 billion in fines and 250 million users, the exchange said on Tuesday. ',
  'The world’s leading cryptocurrency exchange is strategizing its comeback in the U.S. following new connections. ',
  'Zhao, who served four months behind bars, has agreed to cooperate with U.S. authorities. ',
  'Approximately 90% of the circulating USD1 tokens are still held in Binance wallets, according to on-chain data. ',
  'Eric and Trump Jr. met Changpeng "CZ" Zhao; CZ later struck an agreement. ',
  'a a a an 1,2,3,4,5 tens of tens of millions of $$$$ US$ USD \u00a0\u202f 四百万 ملايين 🚀 9999999999 4.3.2.1 v2 USD1 $USD1 2023-2024 ',
  'Critics, however, warn that it could set a dangerous precedent by prioritizing political alliances over ethical practices. ',
];

export function newsLikeText(size: number): string {
  let seed = 7;
  const out: string[] = [];
  let len = 0;
  while (len < size) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const p = PIECES[seed % PIECES.length]!;
    out.push(p);
    len += p.length;
  }
  return out.join('');
}

export const ADVERSARIAL_PATTERNS = ['1,', 'a dozen ', 'tens of ', 'two hundred and ', '$', '9', ' ', 'over $1 ', 'Eric and '];
