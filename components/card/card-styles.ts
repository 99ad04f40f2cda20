/**
 * The card's CSS, adopted into its shadow root. `:host` rules are !important
 * because the host element sits in the page's tree, where page CSS such as
 * `* { display: block }` could otherwise reach it; important declarations
 * from inside the shadow tree win over the page's.
 *
 * Written compact (one rule a line, no optional spaces): it ships as a string in the content script.
 */
export const CARD_CSS = `:host{all:initial!important;position:fixed!important;inset:0 auto auto 0!important;width:0!important;height:0!important;z-index:2147483647!important;display:block!important}
.card{--bg:#fff;--fg:#1d2330;--muted:#5b6475;--line:#d9dde5;--accent:#2f5bd3;--ok:#228b54;--mixed:#b06a00;--bad:#c82832;--rel:#5a5ac8;position:fixed;box-sizing:border-box;width:min(380px,calc(100vw - 16px));overflow:auto;padding:10px 12px 12px;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:10px;box-shadow:0 8px 28px rgba(0,0,0,.22);font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left;outline:none}
.card:focus-visible{box-shadow:0 0 0 3px var(--accent),0 8px 28px rgba(0,0,0,.22)}
@media(prefers-color-scheme:dark){.card{--bg:#1b1f27;--fg:#e8ebf1;--muted:#a3abbb;--line:#394050;--accent:#8fb0ff;--ok:#58c482;--mixed:#f0aa3c;--bad:#ff6e6e;--rel:#a0a0ff}}
header{display:flex;align-items:center;gap:6px;margin-bottom:6px}
.brand{font-weight:600;font-size:11px;letter-spacing:.04em;text-transform:uppercase;color:var(--muted);flex:1}
button{font:inherit;color:var(--fg);background:transparent;border:1px solid var(--line);border-radius:6px;padding:3px 9px;cursor:pointer}
button:hover{border-color:var(--accent)}
button:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
button.icon{padding:1px 7px}
button[aria-pressed=true]{background:var(--accent);color:var(--bg);border-color:var(--accent)}
h2{font-size:15px;margin:0 0 2px}
.entity p{margin:0 0 8px;color:var(--muted)}
.claim{border-top:1px solid var(--line);padding:8px 0}
.compare{margin-top:2px}
.verdict{margin:0 0 6px;display:flex;flex-wrap:wrap;gap:6px;align-items:baseline}
.badge{font-weight:700;padding:1px 7px;border-radius:999px;border:2px solid currentColor}
.badge[data-verdict=supported]{color:var(--ok);border-style:solid}
.badge[data-verdict=mixed]{color:var(--mixed);border-style:dotted}
.badge[data-verdict=contradicted]{color:var(--bad);border-style:double;border-width:3px}
.badge[data-verdict=related]{color:var(--rel);border-style:dashed}
.label{color:var(--muted)}
.said{margin:0 0 8px;padding-left:8px;border-left:3px solid var(--line);font-style:italic}
.reason{margin:0 0 8px;font-weight:600}
.sources{list-style:none;margin:0 0 8px;padding:0;display:grid;gap:6px}
.source{padding:6px 8px;border:1px solid var(--line);border-radius:6px}
.source .mark{display:block;font-weight:700;text-transform:uppercase;font-size:11px;letter-spacing:.03em}
.source.agrees .mark{color:var(--ok)}
.source.agrees .mark::before{content:"✓ "}
.source.conflicts .mark{color:var(--bad)}
.source.conflicts .mark::before{content:"✗ "}
.source.neither .mark{color:var(--muted)}
.source.neither .mark::before{content:"– "}
.source .title{font-weight:600}
.source .cites{color:var(--muted)}
.source q{display:block;margin-top:2px;color:var(--muted)}
footer{display:flex;gap:6px;flex-wrap:wrap}
.note-frame{display:block;box-sizing:border-box;width:100%;height:136px;margin-top:8px;border:0;background:transparent;color-scheme:light dark}
.card[hidden],.note-frame[hidden]{display:none}
.status{margin:8px 0 0;color:var(--muted)}`;
