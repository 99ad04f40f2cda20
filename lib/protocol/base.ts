/**
 * The zod-free half of the protocol (lib/messages.ts): what the content script
 * needs at run time — the port name and the Result shape. The content script
 * imports only this and types from lib/messages.ts, so zod stays out of its
 * bundle (issue 11: it is injected into every page and must stay small); it
 * checks the few replies and requests it reads with the hand-written guards in
 * lib/content/guards.ts. The background validates everything with zod.
 */

/** The name of the port each content script holds while it runs (lib/background/setup.ts watches it). */
export const FRAME_PORT = 'claimlens:frame';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: string): Result<never> => ({ ok: false, error });
