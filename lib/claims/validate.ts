/**
 * Validates the claim database against its sources. Pure: the build hook, the background, the
 * tests and the CLI all call this with the raw JSON and the source texts.
 *
 * Beyond the zod shapes it checks what zod cannot: every quote is a verbatim substring of its
 * source, every value is what the quote says (parsed back with lib/values), ids are known and
 * unique, and a source reports a fact at most once. Every error names the fact and the problem.
 */
import { z } from 'zod';
import { ClaimsFile, ENTITY_IDS, SourceMeta, type Fact, type Party, type Report, type Value } from '../model';
import { compareValues, compileStatusPattern, normaliseAlias, parseValues, type ValueContext } from '../values';

export interface SourceText {
  id: string;
  text: string;
}

export type ValidationResult = { ok: true; file: ClaimsFile; metas: SourceMeta[] } | { ok: false; errors: string[] };

const NUMERIC_KINDS = new Set(['money', 'count', 'percent', 'duration', 'year']);

/** "facts[3].reports[0].quote" → `fact "us-fine", report 1` where the raw data lets us name it. */
function describeIssuePath(raw: unknown, path: PropertyKey[]): string {
  const [top, index, sub, subIndex, ...rest] = path;
  if (top === 'facts' && typeof index === 'number') {
    const facts = (raw as { facts?: unknown[] }).facts;
    const id = (facts?.[index] as { id?: unknown } | undefined)?.id;
    const name = typeof id === 'string' ? `fact "${id}"` : `facts[${index}]`;
    if (sub === 'reports' && typeof subIndex === 'number') {
      const report = ((facts?.[index] as { reports?: unknown[] })?.reports?.[subIndex] ?? {}) as { source?: unknown };
      const src = typeof report.source === 'string' ? report.source : `#${subIndex}`;
      return `${name}, report ${src}${rest.length ? `: ${rest.join('.')}` : ''}`;
    }
    return `${name}${sub !== undefined ? `: ${[sub, subIndex, ...rest].filter((p) => p !== undefined).join('.')}` : ''}`;
  }
  return path.map(String).join('.') || '(root)';
}

function sameValue(a: Value, b: Value): boolean {
  if (a.type !== b.type) return false;
  if ('amount' in a && 'amount' in b) {
    const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
    if (!close(a.amount, b.amount) || a.qualifier !== b.qualifier) return false;
    if ((a.max === undefined) !== (b.max === undefined) || (a.max !== undefined && !close(a.max, b.max!))) return false;
    if (a.type === 'duration' && b.type === 'duration' && a.unit !== b.unit) return false;
    if (a.type === 'money' && b.type === 'money' && Boolean(a.record) !== Boolean(b.record)) return false;
    return true;
  }
  if (a.type === 'year' && b.type === 'year') return a.year === b.year;
  return false;
}

function checkValue(fact: Fact, report: Report, parties: Party[]): string | null {
  const ctx: ValueContext = { parties, statuses: fact.statuses };
  const v = report.value;
  if (!v) {
    if (NUMERIC_KINDS.has(fact.kind)) {
      const stated = parseValues(fact.kind, report.quote, ctx)[0];
      if (stated) return `quote states a value ("${stated.text}") but the report has none`;
    }
    return null;
  }
  if (fact.kind === 'text') return 'a "text" fact has no values';
  if (v.type !== fact.kind) return `value type "${v.type}" does not match fact kind "${fact.kind}"`;
  if (v.type === 'people') {
    const known = new Set(parties.map((p) => p.id));
    const unknown = v.people.filter((id) => !known.has(id));
    if (unknown.length) return `unknown party ${unknown.map((id) => `"${id}"`).join(', ')}`;
    const named = new Set(parseValues('people', report.quote, ctx).flatMap((f) => (f.value.type === 'people' ? f.value.people : [])));
    const missing = v.people.filter((id) => !named.has(id));
    return missing.length ? `value names ${missing.map((id) => `"${id}"`).join(', ')} but the quote does not` : null;
  }
  if (v.type === 'status') {
    const option = fact.statuses?.find((s) => s.id === v.status);
    if (!option) return `unknown status "${v.status}"`;
    const matches = option.patterns.some((p) => compileStatusPattern(p)?.test(report.quote) ?? false);
    // Global regexes keep lastIndex: reset by re-reading through parseValues instead of test().
    const found = parseValues('status', report.quote, ctx).some((f) => f.value.type === 'status' && f.value.status === v.status);
    return matches || found ? null : `no pattern of status "${v.status}" matches the quote`;
  }
  const found = parseValues(fact.kind, report.quote, ctx);
  if (found.some((f) => compareValues(f.value, v) === true && sameValue(f.value, v))) return null;
  const seen = found.map((f) => `"${f.text}"`).join(', ') || 'none';
  return `value is not what the quote says (values found in the quote: ${seen})`;
}

function checkParties(parties: Party[], errors: string[]): void {
  const ids = new Set<string>();
  const aliasOwner = new Map<string, string>();
  for (const p of parties) {
    if (ids.has(p.id)) errors.push(`party "${p.id}": duplicate id`);
    ids.add(p.id);
    for (const alias of [p.name, ...p.aliases]) {
      const key = normaliseAlias(alias);
      const owner = aliasOwner.get(key);
      if (owner && owner !== p.id) errors.push(`party "${p.id}": alias "${alias}" is also an alias of "${owner}"`);
      aliasOwner.set(key, p.id);
    }
  }
  for (const p of parties) {
    for (const m of p.members ?? []) if (!ids.has(m)) errors.push(`party "${p.id}": unknown member "${m}"`);
  }
}

function checkFact(fact: Fact, texts: Map<string, string>, parties: Party[], errors: string[]): void {
  const name = `fact "${fact.id}"`;
  if (fact.kind === 'status') {
    if (!fact.statuses?.length) errors.push(`${name}: kind "status" needs statuses`);
    const ids = new Set(fact.statuses?.map((s) => s.id));
    if (ids.size !== (fact.statuses?.length ?? 0)) errors.push(`${name}: duplicate status ids`);
    for (const s of fact.statuses ?? []) {
      for (const p of s.patterns) if (!compileStatusPattern(p)) errors.push(`${name}: status "${s.id}" pattern /${p}/ does not compile`);
      for (const c of s.compatible ?? []) if (!ids.has(c)) errors.push(`${name}: status "${s.id}" compatible with unknown "${c}"`);
    }
  } else if (fact.statuses) errors.push(`${name}: only kind "status" has statuses`);
  const seen = new Set<string>();
  for (const report of fact.reports) {
    const where = `${name}, report ${report.source}`;
    const text = texts.get(report.source);
    if (text === undefined) {
      errors.push(`${where}: unknown source "${report.source}"`);
      continue;
    }
    if (seen.has(report.source)) errors.push(`${where}: more than one report from this source`);
    seen.add(report.source);
    if (!text.includes(report.quote)) {
      errors.push(`${where}: quote not found verbatim in source`);
      continue;
    }
    const problem = checkValue(fact, report, parties);
    if (problem) errors.push(`${where}: ${problem}`);
  }
}

/**
 * Validates `raw` (the parsed seeds/claims.json) against the source texts and their metadata
 * (the parsed seeds/sources/sources.json).
 */
export function validateClaims(raw: unknown, sources: SourceText[], metas: unknown): ValidationResult {
  const errors: string[] = [];
  const metaResult = z.array(SourceMeta).safeParse(metas);
  if (metaResult.success) {
    for (const m of metaResult.data) if (!m.asOf || !m.asOfNote) errors.push(`source "${m.id}": no asOf date (and asOfNote saying how it was inferred) in seeds/sources/sources.json`);
  }
  if (!metaResult.success) {
    for (const issue of metaResult.error.issues) errors.push(`sources.json ${issue.path.join('.')}: ${issue.message}`);
  }
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  const metaIds = new Set(metaResult.success ? metaResult.data.map((m) => m.id) : []);
  if (metaResult.success) {
    if (metaIds.size !== metaResult.data.length) errors.push('sources.json: duplicate source ids');
    for (const id of metaIds) if (!texts.has(id)) errors.push(`source "${id}": listed in sources.json but has no text file`);
    for (const id of texts.keys()) if (!metaIds.has(id)) errors.push(`source "${id}": text file not listed in sources.json`);
  }
  const parsed = ClaimsFile.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push(`${describeIssuePath(raw, issue.path)}: ${issue.message}`);
    return { ok: false, errors };
  }
  const file = parsed.data;
  const entityIds = file.entities.map((e) => e.id);
  for (const id of ENTITY_IDS) if (!entityIds.includes(id)) errors.push(`entity "${id}" is missing`);
  if (new Set(entityIds).size !== entityIds.length) errors.push('entities: duplicate ids');
  checkParties(file.parties, errors);
  const factIds = new Set<string>();
  for (const fact of file.facts) {
    if (factIds.has(fact.id)) errors.push(`fact "${fact.id}": duplicate fact id`);
    factIds.add(fact.id);
    checkFact(fact, texts, file.parties, errors);
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, file, metas: metaResult.success ? metaResult.data : [] };
}
