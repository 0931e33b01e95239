// "Import dataset": pick YAML/JSON files, validate them, and either swap the model or list every problem found.
import { useId, useState } from "react";
import type { DatasetSource, Model, Problem } from "../../model";
import { importFiles } from "./dataset";

interface Props {
  onImported(model: Model, files: string[], sources: DatasetSource[]): void;
}

function where(p: Problem): string {
  return p.line === undefined
    ? p.path
    : `line ${p.line}${p.column === undefined ? "" : `:${p.column}`}, ${p.path}`;
}

export function DatasetImport({ onImported }: Props) {
  const id = useId();
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="dataset-import">
      <label htmlFor={id} className="file-label">
        Import dataset
      </label>
      <input
        id={id}
        type="file"
        multiple
        accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
        disabled={busy}
        onChange={async (event) => {
          const input = event.currentTarget;
          const files = [...(input.files ?? [])];
          if (files.length === 0) return;
          setBusy(true);
          const result = await importFiles(files);
          setBusy(false);
          input.value = "";
          if ("model" in result) {
            setProblems(null);
            onImported(
              result.model,
              files.map((f) => f.name),
              result.sources,
            );
          } else {
            setProblems(result.problems);
          }
        }}
      />
      {problems ? (
        <div className="import-problems" role="alert">
          <div className="import-problems-head">
            <strong>
              Import rejected: {problems.length} problem{problems.length === 1 ? "" : "s"}. The current
              dataset is unchanged.
            </strong>
            <button type="button" onClick={() => setProblems(null)}>
              Dismiss
            </button>
          </div>
          <table>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Location</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id and the list never reorders
                <tr key={i}>
                  <td>{p.file}</td>
                  <td>{where(p)}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
