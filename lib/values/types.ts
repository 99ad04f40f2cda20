/**
 * Shapes of the value parser's API, shared by the claim validator and the engine.
 */
import type { Party, StatusOption, Value } from '../model';

/** What the parser needs besides the text: who can be named, and (for status facts) the states. */
export interface ValueContext {
  parties: Party[];
  statuses?: StatusOption[];
}

/** One value written in a text, with JS string offsets (`text.slice(start, end) === found.text`). */
export interface FoundValue {
  value: Value;
  start: number;
  end: number;
  text: string;
}

/** Numeric value types: compared as intervals. */
export type NumericValue = Extract<Value, { amount: number }>;
