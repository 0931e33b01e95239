// The page header: the product name, the dataset in use, and the dataset import control.
import type { Model } from "../../model";
import { DatasetImport } from "../dataset/DatasetImport";

interface Props {
  model: Model;
  imported: string[] | null;
  onImported(model: Model, files: string[]): void;
  onReset(): void;
}

export function Header({ model, imported, onImported, onReset }: Props) {
  return (
    <header className="app-header">
      <div className="brand">
        <h1>Liaison</h1>
        <p className="dataset-title">
          {model.dataset.title}
          {imported ? <span className="muted"> (imported: {imported.join(", ")})</span> : null}
        </p>
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
