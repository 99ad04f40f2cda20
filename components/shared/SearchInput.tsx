export interface SearchInputProps {
  /** Shown as the placeholder and read out as the field's label. */
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** The search field of a filter bar (Facts, Notes): labelled for screen readers, updates as you type. */
export function SearchInput({ label, value, onChange }: SearchInputProps) {
  return <input type="search" placeholder={label} aria-label={label} value={value} onInput={(e) => onChange(e.currentTarget.value)} />;
}
