/**
 * How extension pages (popup, source viewer) open the database: directly (same
 * extension origin as the background), without seeding — the background owns
 * seeding, and until it has run the repository serves the bundled claims, so a
 * page never waits on it.
 */
import { openClaimDb, type Repo } from '../../lib/db';
import { loadBundle } from '../../lib/claims/bundle';

export function openRepo(): Promise<Repo> {
  return openClaimDb(loadBundle(), { seed: false });
}
