/**
 * The claim database: validation, agreement between sources, compilation to a snapshot.
 * Pure and shared; lib/claims/bundle.ts (extension) and lib/claims/load-node.ts (Node) load the files.
 */
export { validateClaims, type SourceText, type ValidationResult } from './validate';
export { computeAgreement, sourceName } from './agreement';
export { compileSnapshot, contentHash, canonicalJson, fnv1a64, buildClaims, ClaimsValidationError } from './compile';
