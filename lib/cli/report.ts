/**
 * The scan command's two outputs: the JSON contract of docs/design.md, section 4 (exactly its
 * fields, nothing more) and a readable report with each claim, its verdict,
 * and how every source reports the fact, side by side.
 */
import type { ClaimSnapshot } from '../model';
import type { ScanResult } from '../engine/types';

export interface ContractJson {
  mentions: { entity: string; start: number; end: number; text: string }[];
  claims: {
    start: number;
    end: number;
    text: string;
    fact: string;
    verdict: string;
    sources: { source: string; quote: string; agrees: boolean | null }[];
  }[];
}

/** Only the contract's fields, in the contract's order. */
export function toContract(result: ScanResult): ContractJson {
  return {
    mentions: result.mentions.map((m) => ({ entity: m.entity, start: m.start, end: m.end, text: m.text })),
    claims: result.claims.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      fact: c.fact,
      verdict: c.verdict,
      sources: c.sources.map((s) => ({ source: s.source, quote: s.quote, agrees: s.agrees })),
    })),
  };
}

/** null: the source gives no value, or one that neither agrees nor conflicts (a partial overlap of people). */
const MARK = { true: 'agrees   ', false: 'conflicts', null: 'neither  ' } as const;

/** Wraps `text` to `width` columns, each line after the first indented by `indent`. */
function wrap(text: string, width: number, indent: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

export function formatReport(name: string, result: ScanResult, snapshot: ClaimSnapshot): string {
  const out: string[] = [];
  const counts = new Map<string, number>();
  for (const m of result.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const names = new Map(snapshot.entities.map((e) => [e.id, e.name]));
  const perEntity = [...counts].map(([e, n]) => `${names.get(e as never) ?? e} ${n}`).join(', ');
  out.push(`${name}: ${result.mentions.length} mention${result.mentions.length === 1 ? '' : 's'}${perEntity ? ` (${perEntity})` : ''}, ${result.claims.length} claim${result.claims.length === 1 ? '' : 's'}`);
  const facts = new Map(snapshot.facts.map((f) => [f.id, f]));
  const sources = new Map(snapshot.sources.map((s) => [s.id, s]));
  const label = Math.max(8, ...snapshot.sources.map((s) => s.cites.length)) + 2;
  result.claims.forEach((c, i) => {
    const fact = facts.get(c.fact);
    out.push('');
    out.push(`${i + 1}. [${c.verdict.toUpperCase()}] ${fact?.label ?? c.fact}  (${c.fact}, chars ${c.start}–${c.end})`);
    out.push(`   “${wrap(c.text, 96, '    ')}”`);
    out.push(`   ${wrap(c.reason, 96, '   ')}`);
    for (const s of c.sources) {
      const who = (sources.get(s.source)?.cites ?? s.source).padEnd(label);
      out.push(`     ${MARK[String(s.agrees) as keyof typeof MARK]}  ${who}“${wrap(s.quote, 80, ' '.repeat(label + 18))}”`);
    }
  });
  if (result.claims.length === 0) out.push('No checkable claims found.');
  return out.join('\n');
}
