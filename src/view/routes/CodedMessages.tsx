// A route's conditions, warnings or reasons as a list: each code as a tag, then its sentence.

interface Props {
  items: readonly { code: string; message: string; hop?: number }[];
  /** Which tag style the codes get. */
  kind: "condition" | "warning" | "reason";
  className: string;
}

export function CodedMessages({ items, kind, className }: Props) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={`${item.code}-${item.hop ?? ""}`}>
          <span className={`tag ${kind}`}>{item.code}</span> {item.message}
        </li>
      ))}
    </ul>
  );
}
