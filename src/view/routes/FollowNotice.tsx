// What became of the selected route when the answer does not list it: a candidate past the blocked routes listed,
// or no candidate at all, and why (too many hops, another dataset). Never another route in its place.
import type { Dispatch } from "react";
import { agreementName, type Model, partyName } from "../../model";
import { parseRouteKey, routeKey } from "../../routing";
import type { AbsentWhy, Action, FollowedRoute } from "../../state";

interface Props {
  model: Model;
  followed: FollowedRoute | null;
  /** The question's ends, for "runs from … to …". */
  query: { from: string; to: string };
  at: string;
  dispatch: Dispatch<Action>;
}

/** "South Korea → United States → Japan", naming parties the dataset lacks by their ids. */
function keyPath(model: Model, key: string): string {
  const hops = parseRouteKey(key);
  if (!hops) return key;
  return [hops[0]!.from, ...hops.map((h) => h.to)].map((id) => partyName(model, id)).join(" → ");
}

function whyWords(model: Model, why: AbsentWhy, key: string, query: Props["query"]): string {
  switch (why.code) {
    case "too-long":
      return `it has ${why.hops} hops and Max hops is ${why.maxHops}`;
    case "not-in-dataset": {
      const hops = parseRouteKey(key) ?? [];
      const parties = new Set(hops.flatMap((h) => [h.from, h.to]));
      const words: string[] = [];
      const absentParties = why.missing.filter((id) => parties.has(id));
      if (absentParties.length > 0) words.push(`no party ${absentParties.join(", ")}`);
      for (const id of why.missing.filter((m) => !parties.has(m))) {
        words.push(
          model.agreements.has(id)
            ? `no ${agreementName(model, id)} between those parties`
            : `no agreement ${id}`,
        );
      }
      return `this dataset has ${words.join(" and ")}`;
    }
    case "other-ends": {
      const hops = parseRouteKey(key);
      const ends = hops
        ? `${partyName(model, hops[0]!.from)} to ${partyName(model, hops.at(-1)!.to)}`
        : "elsewhere";
      return `it runs from ${ends}, not from ${partyName(model, query.from)} to ${partyName(model, query.to)}`;
    }
  }
}

export function FollowNotice({ model, followed, query, at, dispatch }: Props) {
  if (!followed || followed.kind === "listed") return null;
  const clear = (
    <button
      type="button"
      className="secondary"
      onClick={() => dispatch({ type: "select-route", route: null })}
    >
      Clear the selection
    </button>
  );
  if (followed.kind === "judged") {
    return (
      <div className="follow-notice" role="status">
        <p>
          The selected route, {keyPath(model, routeKey(followed.route))}, is blocked on {at}. It is past the
          blocked routes listed here; its details say why.
        </p>
      </div>
    );
  }
  const { why, key } = followed;
  return (
    <div className="follow-notice absent" role="status">
      <p>
        The selected route, {keyPath(model, key)} <code className="code">{key}</code>, is not among the
        candidates on any date: {whyWords(model, why, key, query)}.
      </p>
      <div className="actions">
        {why.code === "too-long" ? (
          <button
            type="button"
            className="secondary"
            onClick={() => dispatch({ type: "set-max-hops", maxHops: why.hops })}
          >
            Allow {why.hops} hops
          </button>
        ) : null}
        {clear}
      </div>
    </div>
  );
}
