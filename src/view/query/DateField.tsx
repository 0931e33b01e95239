// The "As of" date field. It keeps what is being typed locally and passes on only complete dates from 1900 on, so
// typing a year digit by digit (0002, 0020, 0201, 2015) neither re-runs the query nor resets the field mid-entry.
import { useEffect, useState } from "react";
import { isIsoDay } from "../../model";

const MIN = "1900-01-01";
const MAX = "2100-12-31";

interface Props {
  id: string;
  value: string;
  onChange(day: string): void;
}

export function DateField({ id, value, onChange }: Props) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <input
      id={id}
      type="date"
      value={text}
      min={MIN}
      max={MAX}
      required
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        if (isIsoDay(next) && next >= MIN && next <= MAX) onChange(next);
      }}
      onBlur={() => setText(value)}
    />
  );
}
