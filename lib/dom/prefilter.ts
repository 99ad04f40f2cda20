/**
 * A cheap test in front of the engine: could this block of page text produce
 * anything at all? Most blocks of most pages name none of the entities, and
 * for those the engine's folding, combined alias regex and sentence split are
 * pure overhead (the bulk of ClaimLens's time on a page without mentions).
 *
 * The test must be a superset of what the engine finds, never a guess:
 * - Mentions: the engine matches aliases (word-bounded, case-insensitive with
 *   case checks after) on *folded* text. Here one case-insensitive regex of
 *   each alias's shortest distinct form ("binance" covers "Binance.US", "wlf"
 *   covers "WLFI"), whitespace-tolerant, on the raw text. Folding only drops
 *   invisible characters (soft hyphen, zero-width) and maps odd spaces, quotes
 *   and dashes one to one; `[\s\u0085]+` covers the spaces, and text with an
 *   invisible character is tested with those removed.
 * - Claims without a mention in the block: only "document-wide" rules fire
 *   there, once the page has named one of their fact's entities (ScanContext
 *   `named`). For those, the rule's anchor cue (always required in the
 *   sentence) is tested on the folded text; a rule without such a necessary cue
 *   (a status fact whose status phrases count as cues) lets every block through.
 *
 * Blocks that pass still go through the engine in document order, so its
 * ScanContext ("Zhao" only after the full name) sees what it always saw:
 * blocks that fail could not have added a name to it.
 */
import { foldedTextOf } from '../engine/fold';
import type { EntityId } from '../model';

export interface Prefilter {
  /** false: the engine would find nothing in `text` given the entities named so far. */
  mayMatch(text: string, named: ReadonlySet<EntityId>): boolean;
  /** Entities whose names may occur in `text` (a superset of what the engine would find named there). */
  namedIn(text: string): EntityId[];
}

/**
 * Plain data (regex sources), made in the background from the claims and the engine's rules
 * (prefilter-spec.ts) and sent to the content script with `page:prefilter`.
 */
export interface PrefilterSpec {
  /** The snapshot it was made from. */
  version: string;
  /** One case-insensitive regex over every alias's anchor key; null: no aliases. */
  anchor: string | null;
  /** The same, per entity. */
  entities: { id: EntityId; anchor: string }[];
  /** Document-wide rules: once one of `entities` is named, a block passing `cue` may hold a claim (null: any block). */
  wide: { entities: EntityId[]; cue: { source: string; flags: string } | null }[];
}
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE_ALL = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Characters foldText rewrites (spaces, quotes, dashes, separators) or drops: then the folded text is tested. */
const FOLDED_CHARS = /[\u00a0\u2002-\u200d\u202f\u3000\u2018\u2019\u02bc\u2032\u201c\u201d\u2010-\u2013\u2212\u2028\u2029\u0085\u00ad\u2060\ufeff]/;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const keyOf = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** The alias keys that no shorter key is part of: a match of any alias contains a match of one of these. */
export function anchorKeys(aliases: readonly string[]): string[] {
  const keys = [...new Set(aliases.map(keyOf).filter((k) => k.length > 0))];
  return keys.filter((k) => !keys.some((o) => o !== k && k.includes(o))).sort();
}

/** One regex over the anchors; null when there are none. */
export function anchorRegex(keys: readonly string[]): RegExp | null {
  if (keys.length === 0) return null;
  const parts = keys.map((k) => {
    const body = k.split(' ').map(escape).join('[\\s\\u0085]+');
    // \b only where the alias starts with a word character: the engine rejects a name glued to a
    // preceding letter or digit, so the boundary never drops a name it would keep.
    return /^\w/.test(k) ? `\\b${body}` : body;
  });
  return new RegExp(parts.join('|'), 'i');
}

interface WideTest {
  entities: ReadonlySet<EntityId>;
  /** Required in every sentence the rule fires on; null: no necessary cue, always scan. */
  cue: RegExp | null;
}

export function createPrefilter(spec: PrefilterSpec): Prefilter {
  const anchors = spec.anchor === null ? null : new RegExp(spec.anchor, 'i');
  const perEntity = spec.entities.map((e) => ({ id: e.id, re: new RegExp(e.anchor, 'i') }));
  const wide: WideTest[] = spec.wide.map((w) => ({ entities: new Set(w.entities), cue: w.cue ? new RegExp(w.cue.source, w.cue.flags) : null }));
  const plainOf = (text: string) => (INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text);

  return {
    mayMatch(text, named) {
      if (anchors && anchors.test(plainOf(text))) return true;
      if (named.size === 0 || wide.length === 0) return false;
      let folded: string | null = null;
      for (const w of wide) {
        let applies = false;
        for (const id of named) if (w.entities.has(id)) applies = true;
        if (!applies) continue;
        if (!w.cue) return true;
        folded ??= FOLDED_CHARS.test(text) ? foldedTextOf(text) : text;
        if (w.cue.test(folded)) return true;
      }
      return false;
    },
    namedIn(text) {
      const plain = plainOf(text);
      return perEntity.filter((e) => e.re.test(plain)).map((e) => e.id);
    },
  };
}
