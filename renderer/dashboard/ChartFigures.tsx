import { useFormat } from '../components/format';

/** A chart's figures as a table only screen readers read: the chart's text alternative. */
export function ChartFigures({
  caption,
  corner,
  columns,
  rows,
}: {
  caption: string;
  corner: string;
  columns: readonly string[];
  rows: readonly { label: string; values: readonly (number | string)[] }[];
}) {
  const format = useFormat();
  return (
    <table className="visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{corner}</th>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {row.values.map((value, index) => (
              <td key={columns[index] ?? index}>{typeof value === 'number' ? format.number(value) : value}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
