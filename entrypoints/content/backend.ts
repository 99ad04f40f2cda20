/**
 * The content script's view of the engine, which lives in the background (issue 11):
 * the pre-filter's regexes once per instance, page:scan for the blocks that pass it,
 * card:get for what a card shows. Every reply is checked (lib/content/guards.ts).
 *
 * A stopped MV3 service worker is woken by the next message; a request that was
 * cut off while it stopped (the message channel closed) is sent again, a few times
 * with growing pauses, and always with the page's state of that moment (named
 * entities, carry) so the answer is the one the first try would have given.
 */
import type { Lifetime } from '../../lib/content/lifetime';
import { isCardLookup, isPrefilterSpec, isScanReply } from '../../lib/content/guards';
import type { PrefilterSpec } from '../../lib/dom/prefilter';
import type { RemoteScanFn } from '../../lib/dom/page-scanner';
import type { PageScanResult } from '../../lib/engine/types';
import type { CardLookup } from '../../components/card/card-model';
import type { SessionBackend } from './page-session';
import { ask } from './messaging';

/** Per page:scan request (the background refuses more: lib/messages.ts SCAN_MAX_*). */
const MAX_BLOCKS = 48;
const MAX_CHARS = 300_000;
const RETRY_MS = [100, 400, 1500, 4000];

export function createBackend(life: Lifetime): { load(): Promise<SessionBackend | null> } {
  let spec: Promise<PrefilterSpec | null> | null = null;

  const retrying = async <T>(attempt: () => Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<T | null> => {
    for (let i = 0; ; i++) {
      if (life.ended) return null;
      const reply = await attempt();
      if (reply.ok) return reply.value;
      life.check(); // gone for good (extension updated or removed)? then stop asking
      if (i >= RETRY_MS.length || life.ended) return null;
      await life.sleep(RETRY_MS[i]!);
    }
  };

  const scan: RemoteScanFn = async (texts, ctx) => {
    const out: PageScanResult[] = [];
    for (let from = 0; from < texts.length; ) {
      let to = from;
      let chars = 0;
      while (to < texts.length && to - from < MAX_BLOCKS && (to === from || chars + texts[to]!.length <= MAX_CHARS)) chars += texts[to++]!.length;
      const blocks = texts.slice(from, to).map((t) => t.slice(0, MAX_CHARS));
      const value = await retrying(() =>
        ask(
          'page:scan',
          { blocks, named: [...ctx.named], ...(ctx.pageDate ? { pageDate: ctx.pageDate } : {}), ...(ctx.carry && Object.keys(ctx.carry).length ? { carry: ctx.carry } : {}) },
          (v) => isScanReply(v, blocks),
        ),
      );
      if (!value) return null;
      for (const id of value.named) ctx.named.add(id);
      ctx.carry = value.carry ?? {};
      out.push(...value.results);
      from = to;
    }
    return out;
  };

  const lookupCard = (facts: string[]): Promise<CardLookup | null> => retrying(() => ask('card:get', { facts }, isCardLookup));

  return {
    async load() {
      spec ??= retrying(() => ask('page:prefilter', {}, isPrefilterSpec)).then((s) => {
        if (!s) spec = null; // try again next time
        return s;
      });
      const prefilter = await spec;
      return prefilter ? { prefilter, scan, lookupCard } : null;
    },
  };
}
