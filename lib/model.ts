/**
 * The claim database's shapes. zod schemas are the single source of truth;
 * the TypeScript types are inferred from them. Shared by the build-time
 * validator, the background, the extension pages, the engine and the CLI.
 *
 * Nothing here touches browser or Node globals.
 */
import { z } from 'zod';

export const ENTITY_IDS = ['binance', 'wlfi', 'usd1', 'cz'] as const;
export const EntityId = z.enum(ENTITY_IDS);
export type EntityId = z.infer<typeof EntityId>;

/** A calendar date as precise as it is known: "2025", "2025-06" or "2025-06-12". */
export const IsoDate = z.string().regex(/^(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');

/** A source report: seeds/sources/<id>.txt plus its metadata in seeds/sources/sources.json. */
export const SourceMeta = z.object({
  /** Bundled: the file name without .txt ("002_a328b9dd84f34a90"); added by the reader: "r_" and 16 hex digits. */
  id: z.string().regex(/^(?:[0-9]{3}_[0-9a-f]{16}|r_[0-9a-f]{16})$/, 'source ids are the file name without .txt (or r_ and 16 hex digits for a reader source)'),
  /** Whom the report cites, e.g. "the Wall Street Journal". */
  cites: z.string().min(1),
  /** A short title written by us. */
  title: z.string().min(1),
  /**
   * The date the report speaks as of (YYYY, YYYY-MM or YYYY-MM-DD). Approximate where the text only
   * implies it; asOfNote says how it was inferred. Figures that change over time (Fact.varies) are
   * compared only with reports of about the same time (docs/design.md, section 3). Required in
   * seeds/ (lib/claims/validate.ts); optional here because databases written before it lack it.
   */
  asOf: IsoDate.optional(),
  asOfNote: z.string().min(1).optional(),
  /** Added by the reader from a page they read (lib/sources), not bundled. */
  reader: z.literal(true).optional(),
  /** Reader sources: where the page was read. */
  url: z.string().max(8192).optional(),
});
export type SourceMeta = z.infer<typeof SourceMeta>;

export const Source = SourceMeta.extend({ text: z.string().min(1) });
export type Source = z.infer<typeof Source>;

export const Alias = z.object({
  text: z.string().min(1),
  /** "CZ" only matches upper case; "Binance" matches any case. */
  caseSensitive: z.boolean().default(false),
  /** "Zhao" alone counts only where the same text already names the entity in full. */
  needsContext: z.boolean().default(false),
});
export type Alias = z.infer<typeof Alias>;

export const Entity = z.object({
  id: EntityId,
  name: z.string().min(1),
  /** One line: what this is. Shown on the hover card. */
  description: z.string().min(1),
  aliases: z.array(Alias).min(1),
});
export type Entity = z.infer<typeof Entity>;

/** People and organisations that appear in "people" values (who met whom, who sought a pardon). */
export const Party = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Every way the sources or a page may write the name; used to parse and to check quotes. */
  aliases: z.array(z.string().min(1)).min(1),
  /** For a group ("the Trump family"): the party ids it includes, so naming a member is not a conflict. */
  members: z.array(z.string()).optional(),
});
export type Party = z.infer<typeof Party>;

export const Qualifier = z.enum([
  'exact', // "$4.3 billion"
  'about', // "approximately 90%", "around", "roughly"
  'over', // "over 250 million", "more than"
  'under', // "less than", "under"
  'nearly', // "nearly", "almost": a little under
  'at-least',
  'at-most', // "up to"
  'range', // "tens of millions", "between 2 and 3 billion": amount..max
]);
export type Qualifier = z.infer<typeof Qualifier>;

const numeric = {
  amount: z.number().finite(),
  /** Upper bound for qualifier "range". */
  max: z.number().finite().optional(),
  qualifier: Qualifier.default('exact'),
};

/**
 * The currency of an amount as the text writes it. Amounts in different currencies are never
 * compared (no exchange rates are bundled); a page's own conversion ("C$6m ($4.3m)") is read as
 * the U.S.-dollar amount it gives.
 */
export const CURRENCIES = ['USD', 'CAD', 'AUD', 'HKD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'CHF', 'OTHER'] as const;
export const Currency = z.enum(CURRENCIES);
export type Currency = z.infer<typeof Currency>;

export const Value = z.discriminatedUnion('type', [
  z.object({ type: z.literal('money'), currency: Currency.default('USD'), ...numeric, record: z.boolean().optional() }),
  z.object({ type: z.literal('count'), ...numeric }),
  z.object({ type: z.literal('percent'), ...numeric }),
  /** `amount` is in `unit` as written ("four months": 4, month); compareValues converts both sides
   * to days (a month is 30.44 days) so "four months" equals "120 days" within tolerance. */
  z.object({ type: z.literal('duration'), ...numeric, unit: z.enum(['day', 'week', 'month', 'year']) }),
  z.object({ type: z.literal('year'), year: z.number().int().min(1900).max(2100) }),
  /** A set of party ids (see Party). */
  z.object({ type: z.literal('people'), people: z.array(z.string()).min(1) }),
  /** A categorical state such as a deal's certainty; the allowed states per fact live in the fact. */
  z.object({ type: z.literal('status'), status: z.string().min(1) }),
]);
export type Value = z.infer<typeof Value>;
export type ValueType = Value['type'];

export const FactKind = z.enum(['money', 'count', 'percent', 'duration', 'year', 'people', 'status', 'text']);
export type FactKind = z.infer<typeof FactKind>;

export const Report = z.object({
  source: z.string(),
  /** A verbatim substring of the source text. */
  quote: z.string().min(8),
  /** The normalised value stated by the quote, where there is one; must be parseable from the quote. */
  value: Value.optional(),
 /** One line in our words: what this source says. */
  summary: z.string().min(1),
  /** When this report's figure is from, where it differs from its source's asOf (e.g. "in 2022"). */
  asOf: IsoDate.optional(),
});
export type Report = z.infer<typeof Report>;

export const StatusOption = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  /** Regular expression sources (case-insensitive) that, in a sentence, state this status. */
  patterns: z.array(z.string().min(1)).min(1),
  /** Other status ids that do not contradict this one (a "founder" may or may not still be CEO). */
  compatible: z.array(z.string()).optional(),
  /** Status ids this one replaces when a sentence states both ("Binance CEO Zhao … is stepping down"). */
  supersedes: z.array(z.string()).optional(),
});
export type StatusOption = z.infer<typeof StatusOption>;

export const Fact = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  entities: z.array(EntityId).min(1),
  /** The question the fact answers, e.g. "How many users does Binance have?" */
  label: z.string().min(1),
  kind: FactKind,
  /**
   * The answer changes over time (a user count, a share held, a role): a page's figure is compared
   * only with reports of about the same time. Facts about one past event (a fine paid, a plea, a
   * prison term served, a meeting) do not vary.
   */
  varies: z.boolean().optional(),
  /** Every source states the value as a projection ("could bring"): a page's projection is compared, but never called contradicted. */
  projection: z.boolean().optional(),
  /** For kind "status": the states a sentence can state. */
  statuses: z.array(StatusOption).optional(),
  reports: z.array(Report).min(1),
});
export type Fact = z.infer<typeof Fact>;

export const ClaimsFile = z.object({
  entities: z.array(Entity).length(ENTITY_IDS.length),
  parties: z.array(Party),
  facts: z.array(Fact).min(1),
});
export type ClaimsFile = z.infer<typeof ClaimsFile>;

/** Computed, never written by hand: do the sources agree on a fact? */
export const Agreement = z.object({
  status: z.enum(['agree', 'conflict', 'single', 'unvalued']),
  /** In words: "250 million vs 275 million". */
  reason: z.string(),
});
export type Agreement = z.infer<typeof Agreement>;

export const CompiledFact = Fact.extend({ agreement: Agreement });
export type CompiledFact = z.infer<typeof CompiledFact>;

/**
 * Everything the engine needs to scan a page: what the background sends the
 * content script once (no source full texts), and what the CLI builds from seeds/.
 */
export const ClaimSnapshot = z.object({
  /** Content hash of the bundled claims; changes when an update ships new claims. */
  version: z.string(),
  sources: z.array(SourceMeta),
  entities: z.array(Entity),
  parties: z.array(Party),
  facts: z.array(CompiledFact),
});
export type ClaimSnapshot = z.infer<typeof ClaimSnapshot>;
