// The data downloads beside image export: the dataset as JSON, the network on the date as GEXF or GraphML, and
// the route comparison as CSV.
import { exportFileName, toCsv, toGexf, toGraphml, toJson } from "../../export/pure";
import type { Day, Model } from "../../model";
import type { RouteAnswer } from "../../routing";

interface Props {
  model: Model;
  answer: RouteAnswer | null;
  at: Day;
  /** The file name of a download about the query, with this extension. */
  queryFileName(ext: string): string;
  /** Runs a download, reporting what goes wrong. */
  run(work: () => void): void;
  /** Offers text as a file. */
  save(text: string, type: string, name: string): void;
}

const ROW = { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "0.4rem" } as const;

/** What the routes CSV holds, where that is not every candidate: the answer lists only the shortest blocked ones. */
function csvTitle(answer: RouteAnswer | null): string | undefined {
  if (!answer) return "Find routes first";
  const { blocked, blockedTotal } = answer;
  if (blocked.length >= blockedTotal) return undefined;
  const n = (x: number) => x.toLocaleString("en-US");
  return `The permitted routes and the ${n(blocked.length)} shortest of ${n(blockedTotal)} blocked routes`;
}

export function DataExports({ model, answer, at, queryFileName, run, save }: Props) {
  return (
    <div className="export-data" style={ROW}>
      <button
        type="button"
        onClick={() => run(() => save(toJson(model.dataset), "application/json", exportFileName({}, "json")))}
      >
        Export JSON
      </button>
      <button
        type="button"
        onClick={() =>
          run(() => save(toGexf(model, { at }), "application/gexf+xml", exportFileName({ at }, "gexf")))
        }
      >
        Export GEXF
      </button>
      <button
        type="button"
        onClick={() =>
          run(() =>
            save(toGraphml(model, { at }), "application/graphml+xml", exportFileName({ at }, "graphml")),
          )
        }
      >
        Export GraphML
      </button>
      <button
        type="button"
        disabled={!answer}
        title={csvTitle(answer)}
        onClick={() =>
          run(() => {
            if (answer) save(toCsv(answer), "text/csv", queryFileName("csv"));
          })
        }
      >
        Export routes CSV
      </button>
    </div>
  );
}
