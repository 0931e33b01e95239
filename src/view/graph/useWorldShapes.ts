// The world map's country shapes, fetched when the map is first to be shown and kept from then on.
import { useEffect, useState } from "react";
import { loadWorldShapes, type WorldShapes } from "../../geo";

/** The shapes once loaded while `wanted`, else null until then. A failed load leaves null. */
export function useWorldShapes(wanted: boolean): WorldShapes | null {
  const [shapes, setShapes] = useState<WorldShapes | null>(null);
  useEffect(() => {
    if (!wanted || shapes) return;
    let live = true;
    loadWorldShapes().then(
      (loaded) => {
        if (live) setShapes(loaded);
      },
      () => {
        // Without the outline the graph still works; the nodes keep their geographic positions.
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, shapes]);
  return shapes;
}
