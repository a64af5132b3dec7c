/** The `<option>`s of a select over a fixed list of values, each shown by its label (a select's only child, or after a first option). */
export function Options<T extends string>({ values, labels }: { values: readonly T[]; labels: Readonly<Record<T, string>> }) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  );
}
