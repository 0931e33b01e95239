// The note over the graph when parties have no place on the map, so the geographic layout is drawn force-directed.
import { nodeLabel } from "../../geo";
import type { Model } from "../../model";

const NAMED = 3;

interface Props {
  unplaced: readonly string[];
  model: Model;
}

/** "No map position for 2,000 of 2,000 parties (State 1, State 2, State 3, …): drawn force-directed." */
export function UnplacedNotice({ unplaced, model }: Props) {
  const names = unplaced.slice(0, NAMED).map((id) => {
    const party = model.parties.get(id);
    return party ? nodeLabel(party) : id;
  });
  const more = unplaced.length > NAMED ? ", …" : "";
  const total = model.dataset.parties.length;
  return (
    <p className="graph-notice" role="status">
      No map position for {unplaced.length.toLocaleString("en-US")} of {total.toLocaleString("en-US")}{" "}
      {total === 1 ? "party" : "parties"} ({names.join(", ")}
      {more}): the graph is drawn force-directed instead of on the map.
    </p>
  );
}
