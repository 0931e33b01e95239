// "Compare with date…": a second date beside the As-of date; the routes the query's pair gained, lost and changed
// between the two (by key) and the channels that came into or went out of force, listed here and marked on the graph.
import { type Dispatch, useId, useMemo, useState } from "react";
import {
  COMPARISON_LEGEND,
  type ComparisonSection,
  comparisonPicture,
  comparisonSections,
  pairWords,
  settingsWords,
} from "../../export/pure/panels";
import type { Model } from "../../model";
import type { Action, ExplorerState } from "../../state";
import { DateField } from "../query/DateField";
import { PanelFrame } from "./PanelFrame";
import { jobOptions } from "./question";
import { comparisonJob, useComparison } from "./useComparison";

interface Props {
  model: Model;
  state: ExplorerState;
  dispatch: Dispatch<Action>;
}

/** Lines shown a section before "Show all". */
const SHOWN = 40;

function Section({ section }: { section: ComparisonSection }) {
  const [all, setAll] = useState(false);
  const id = useId();
  const items = all ? section.items : section.items.slice(0, SHOWN);
  return (
    <div className={`comparison-section ${section.id}`}>
      <h4 id={id}>
        <span className="swatch" style={{ background: section.colour }} aria-hidden="true" /> {section.title}{" "}
        ({section.items.length})
      </h4>
      {section.items.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="plain" aria-labelledby={id}>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {section.items.length > items.length ? (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          Show all {section.items.length}
        </button>
      ) : null}
    </div>
  );
}

export function ComparePanel({ model, state, dispatch }: Props) {
  const vs = state.analysis.compareWith ?? state.at;
  const fieldId = useId();
  const job = comparisonJob(state);
  const { result, last, pending, error } = useComparison(model, state);
  const comparison = result ?? last;
  const sections = useMemo(
    () => (comparison ? comparisonSections(model, comparison) : []),
    [model, comparison],
  );
  const query = state.query;
  return (
    <PanelFrame
      title={query ? `Compare: ${pairWords(model, query.from, query.to)}` : "Compare with date"}
      about={
        query && job
          ? `${settingsWords(model, query.topic, jobOptions(state))}. From ${job.before} to ${job.after}; the graph marks what changed.`
          : undefined
      }
      name="comparison"
      picture={comparison ? () => comparisonPicture(model, comparison) : null}
      fileQuery={query ? { ...query, at: `${job?.before}-vs-${job?.after}` } : {}}
      onClose={() => dispatch({ type: "compare-with", at: null })}
      pending={pending}
      shown={comparison !== null}
      error={error}
      legend={COMPARISON_LEGEND}
    >
      <div className="field inline">
        <label htmlFor={fieldId}>Compare with</label>
        <DateField id={fieldId} value={vs} onChange={(at) => dispatch({ type: "compare-with", at })} />
        <span className="muted">against As of {state.at}</span>
      </div>
      {!query ? (
        <p className="hint">Find routes first: the comparison follows the query's pair and topic.</p>
      ) : null}
      {sections.map((section) => (
        <Section key={section.id} section={section} />
      ))}
    </PanelFrame>
  );
}
