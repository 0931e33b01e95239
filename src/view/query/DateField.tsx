// The "As of" date field, in ISO form (YYYY-MM-DD) whatever the browser's locale. It keeps what is being typed
// locally and passes on only complete dates from 1900 to 2100 (typed with or without dashes), so typing a date digit
// by digit neither re-runs the query nor resets the field mid-entry; leaving the field shows the date in force.
import { useEffect, useState } from "react";
import { isIsoDay } from "../../model";

const MIN = "1900-01-01";
const MAX = "2100-12-31";

interface Props {
  id: string;
  value: string;
  onChange(day: string): void;
}

/** The ISO day a person typed ("2015-06-01" or "20150601"), or null when it is not one within MIN..MAX. */
export function typedDay(text: string): string | null {
  const t = text.trim();
  const day = /^\d{8}$/.test(t) ? `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6)}` : t;
  return isIsoDay(day) && day >= MIN && day <= MAX ? day : null;
}

export function DateField({ id, value, onChange }: Props) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const invalid = text !== value && typedDay(text) === null;
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder="YYYY-MM-DD"
        pattern="\d{4}-\d{2}-\d{2}"
        maxLength={10}
        aria-describedby={`${id}-format`}
        aria-invalid={invalid || undefined}
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const day = typedDay(next);
          if (day !== null) onChange(day);
        }}
        onBlur={() => setText(value)}
      />
      <span id={`${id}-format`} className="visually-hidden">
        YYYY-MM-DD
      </span>
    </>
  );
}
