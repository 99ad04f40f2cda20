/**
 * An ARIA tab list with a roving tabindex: Tab moves into the list once, the
 * arrow keys (and Home/End) move between tabs and select them.
 */
import { useRef } from 'preact/hooks';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  /** Extra text after the label, e.g. a count. */
  badge?: string;
}

export interface TabsProps<T extends string> {
  tabs: readonly TabSpec<T>[];
  selected: T;
  onSelect: (id: T) => void;
  /** Accessible name of the tab list. */
  label: string;
  idPrefix: string;
}

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

export function Tabs<T extends string>({ tabs, selected, onSelect, label, idPrefix }: TabsProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const move = (index: number) => {
    const next = tabs[(index + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(idPrefix, next.id)}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(at + 1),
      ArrowLeft: () => move(at - 1),
      Home: () => move(0),
      End: () => move(tabs.length - 1),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };
  return (
    <div class="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabId(idPrefix, tab.id)}
          aria-selected={tab.id === selected}
          aria-controls={panelId(idPrefix, tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
          {tab.badge ? <span class="tab-badge">{tab.badge}</span> : null}
        </button>
      ))}
    </div>
  );
}
