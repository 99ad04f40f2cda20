/**
 * When does a sentence state something a fact covers? One rule per fact id.
 *
 * A rule fires on a sentence that mentions one of its entities and matches all
 * its cue patterns and none of its exclusions. The stated value is then the one
 * (from lib/values' parseValues, of the fact's kind) closest to the anchor cue,
 * skipping values whose neighbourhood says they measure something else
 * (monthly volume, a market cap, a share of trading volume).
 *
 * Precision comes first: a rule that is unsure gives "related" or nothing. The
 * patterns are written for how news, forums and social posts phrase a fact, not
 * for any one sentence; tests/unit/engine-rules.test.ts checks every fact in
 * seeds/claims.json has one.
 */
import { CONTEXT_RULES } from './rules-context';
import { VALUED_RULES } from './rules-valued';

export { SPAN_MARGIN, VALUE_CONTEXT, VALUE_CONTEXT_BEFORE, type FactRule } from './rule-patterns';

export const RULES = [...VALUED_RULES, ...CONTEXT_RULES];
