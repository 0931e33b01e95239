// A route's conditions, warnings or reasons: each as a tag in plain words with its code as a small label, and as a
// list with the full sentence.
import type { ConditionCode, ReasonCode, WarningCode } from "../../routing";
import { codeWords } from "../labels";

type Code = ConditionCode | WarningCode | ReasonCode;
type Kind = "condition" | "warning" | "reason";

/** One code as a tag: "Third-party rule" with `third-party-rule` beside it; `title` gives the sentence on hover. */
export function CodeTag({ code, kind, title }: { code: Code; kind: Kind; title?: string }) {
  return (
    <span className={`tag ${kind}`} title={title}>
      {codeWords(code)} <code className="code">{code}</code>
    </span>
  );
}

interface Props {
  items: readonly { code: Code; message: string; hop?: number }[];
  /** Which tag style the codes get. */
  kind: Kind;
  className: string;
}

export function CodedMessages({ items, kind, className }: Props) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={`${item.code}-${item.hop ?? ""}-${item.message}`}>
          <CodeTag code={item.code} kind={kind} /> {item.message}
        </li>
      ))}
    </ul>
  );
}
