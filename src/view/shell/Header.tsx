// The page header: the product name, the one question Liaison answers, the dataset in use and the dataset import.
// It never grows with a long title or many file names: they are cut with an ellipsis and given in full on hover.
import type { DatasetSource, Model } from "../../model";
import { DatasetImport } from "../dataset/DatasetImport";

interface Props {
  model: Model;
  imported: string[] | null;
  onImported(model: Model, files: string[], sources: DatasetSource[]): void;
  onReset(): void;
}

/** The question Liaison answers, in one line (DESIGN.md). */
export const QUESTION =
  "Can information on a topic get from one country to another on a given date, by which routes, and why is every other route blocked?";

export function Header({ model, imported, onImported, onReset }: Props) {
  const files = imported ? `imported: ${imported.join(", ")}` : "";
  return (
    <header className="app-header">
      <div className="brand">
        <h1>Liaison</h1>
        <p className="question" title={QUESTION}>
          {QUESTION}
        </p>
      </div>
      <div className="dataset-in-use">
        <p
          className="dataset-title"
          title={imported ? `${model.dataset.title} (${files})` : model.dataset.title}
        >
          {imported ? <span className="dataset-badge">Imported</span> : null}
          {model.dataset.title}
        </p>
        {imported ? (
          <p className="dataset-files" title={files}>
            {imported.length === 1 ? imported[0] : `${imported.length} files`}
          </p>
        ) : null}
      </div>
      <div className="header-actions">
        {imported ? (
          <button type="button" className="secondary" onClick={onReset}>
            Use built-in dataset
          </button>
        ) : null}
        <DatasetImport onImported={onImported} />
      </div>
    </header>
  );
}
