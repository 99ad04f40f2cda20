/**
 * Replaces `wxt/utils/content-script-context` in the content script's bundle only
 * (wxt.config.ts). WXT's own class posts the extension id to the page and aborts
 * when the page dispatches the matching CustomEvent; this one talks to nobody.
 * ClaimLens never reads the context: its lifecycle is lib/content/lifetime.ts.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
