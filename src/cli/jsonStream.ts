// JSON written as it is produced: an object whose list members are read from iterables one item at a time, so a
// long list never sits in memory as one string. The text is the same as JSON.stringify(value, null, 2).
import type { Output } from "./io";

/** A member of a streamed object: a value, or a list read one item at a time. */
export type Member = { value: unknown } | { items: Iterable<unknown> };

const indented = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);

/** Write `{ key: member, … }` pretty-printed with two spaces, in the order given. */
export function writeJsonObject(output: Output, members: [string, Member][]): void {
  output.out("{");
  members.forEach(([key, member], i) => {
    const comma = i < members.length - 1 ? "," : "";
    const name = `  ${JSON.stringify(key)}: `;
    if ("value" in member) {
      output.out(`${name}${indented(JSON.stringify(member.value, null, 2), "  ")}${comma}`);
      return;
    }
    // Each item is written when the next one is known, so that the last one goes without a comma.
    let held: string | undefined;
    for (const item of member.items) {
      if (held === undefined) output.out(`${name}[`);
      else output.out(`${held},`);
      held = `    ${indented(JSON.stringify(item, null, 2), "    ")}`;
    }
    if (held === undefined) output.out(`${name}[]${comma}`);
    else output.out(`${held}\n  ]${comma}`);
  });
  output.out("}");
}
