/**
 * The "This page" list: a page's findings grouped by entity, claims first by
 * verdict severity (a contradiction matters more than a supported claim), then
 * in page order.
 */
import type { Entity } from '../../lib/model';
import type { Finding } from '../../lib/messages';

export interface EntityGroup {
  entity: string;
  name: string;
  mentions: Finding[];
  claims: Finding[];
}

const VERDICT_ORDER: Record<string, number> = { contradicted: 0, mixed: 1, supported: 2, related: 3 };

export function groupFindings(findings: readonly Finding[], entities: readonly Pick<Entity, 'id' | 'name'>[]): EntityGroup[] {
  const names = new Map(entities.map((e) => [e.id as string, e.name]));
  const order = new Map(entities.map((e, i) => [e.id as string, i]));
  const groups = new Map<string, EntityGroup>();
  for (const finding of findings) {
    const key = finding.entity ?? 'other';
    let group = groups.get(key);
    if (!group) {
      group = { entity: key, name: names.get(key) ?? (key === 'other' ? 'Other claims' : key), mentions: [], claims: [] };
      groups.set(key, group);
    }
    (finding.kind === 'claim' ? group.claims : group.mentions).push(finding);
  }
  for (const group of groups.values()) {
    group.claims.sort((a, b) => (VERDICT_ORDER[a.verdict ?? 'related'] ?? 9) - (VERDICT_ORDER[b.verdict ?? 'related'] ?? 9) || a.id - b.id);
  }
  return [...groups.values()].sort(
    (a, b) => (order.get(a.entity) ?? 99) - (order.get(b.entity) ?? 99) || a.name.localeCompare(b.name),
  );
}

export const VERDICT_WORDS: Record<NonNullable<Finding['verdict']>, string> = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  mixed: 'Mixed',
  related: 'Related',
};
