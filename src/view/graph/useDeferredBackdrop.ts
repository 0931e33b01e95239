// A new network's first render without its backdrop: the backdrop (every agreement's status on the date, for tens
// of thousands of pairs) is built in a task of its own after the first render has put the parties in, so that
// neither task holds the page for long.
import { useEffect, useState } from "react";
import type { GraphDetail } from "../../export/pure";
import type { Day, Model } from "../../model";
import { backdropBuilt, backdropEdges, indexBackdrop } from "./backdropEdges";
import { measured } from "./measured";

/**
 * Whether this render should leave the network's backdrop out: true while `model` is shown in network detail and its
 * backdrop was never built. The backdrop is then built for `on` over the next two tasks (the pairs of parties, then
 * their statuses), and the view renders again.
 */
export function useDeferredBackdrop(
  model: Model,
  detail: GraphDetail,
  on: { at: Day; hideInactive: boolean; disabled: readonly string[] },
): boolean {
  const [, built] = useState(0);
  const defer = detail === "network" && !backdropBuilt(model);
  const { at, hideInactive, disabled } = on;
  // biome-ignore lint/correctness/useExhaustiveDependencies: built for the inputs of the render that deferred it; later ones take its changes
  useEffect(() => {
    if (!defer) return;
    let task = setTimeout(() => {
      measured(() => indexBackdrop(model));
      task = setTimeout(() => {
        measured(() => backdropEdges(model, at, hideInactive, new Set(disabled)));
        built((n) => n + 1);
      }, 0);
    }, 0);
    return () => clearTimeout(task);
  }, [defer, model]);
  return defer;
}
