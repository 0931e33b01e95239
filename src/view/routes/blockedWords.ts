// A group of blocked routes in one line: "127 three-hop relays through SIGINT Seniors Europe, UKUSA (Five Eyes)
// or 9 other agreements: not in force, third-party rule".
import type { BlockedGroup } from "../../state";
import { codeWords, shapeWords } from "../labels";

/** The agreements a group runs over: one or two by name, else the two most used and how many others. */
function agreementWords(group: BlockedGroup): string {
  const names = group.agreements.map((a) => a.name);
  if (names.length <= 2) return names.join(" or ");
  const others = names.length - 2;
  return `${names[0]}, ${names[1]} or ${others} other agreement${others === 1 ? "" : "s"}`;
}

/** The group's count, shape and agreements: "27 three-hop relays through UKUSA or SIGINT Seniors Europe". */
export function groupHeadWords(group: BlockedGroup): string {
  const n = group.routes.length;
  return `${n} ${shapeWords(group.hops, n)} ${group.hops === 1 ? "under" : "through"} ${agreementWords(group)}`;
}

/** The group's reasons, in plain words: "not in force, third-party rule". */
export function groupReasonWords(group: BlockedGroup): string {
  return group.reasons.map((code) => codeWords(code).toLowerCase()).join(", ");
}
