/** Parts shared by the planning studio's tables and lists: the head row of a day × hour table, and a list of notes under a heading. */

/** `<thead>` of a 7 × 24 table: "Day", then the hours 00…23. */
export function HourHeadRow() {
  return (
    <thead>
      <tr>
        <th scope="col">Day</th>
        {Array.from({ length: 24 }, (_, hour) => (
          <th key={hour} scope="col" className="number">
            <abbr title={`${String(hour).padStart(2, '0')}:00 to ${String(hour).padStart(2, '0')}:59`}>{String(hour).padStart(2, '0')}</abbr>
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A section of notes (how the figures are made), or nothing when there are none. */
export function NotesSection({ id, title, notes }: { id: string; title: string; notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
