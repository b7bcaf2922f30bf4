/** A labelled filter select with an "All" option, as the list pages (questions, coding, SQL) use. */
export function FilterSelect(props: { name: string; label: string; value: string; options: { value: string; label: string }[]; onChange(v: string): void; idPrefix?: string }) {
  const id = `${props.idPrefix ?? "filter"}-${props.name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} className="input" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">All</option>
        {props.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}
