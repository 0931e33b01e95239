// The what-if scenario: the switched-off agreements and parties as chips, each removable, and "Clear scenario".
import type { Dispatch } from "react";
import type { Model } from "../../model";
import type { Action } from "../../state";
import { scenarioLabel } from "../labels";

interface Props {
  model: Model;
  disabled: readonly string[];
  dispatch: Dispatch<Action>;
}

export function ScenarioBar({ model, disabled, dispatch }: Props) {
  if (disabled.length === 0) return null;
  return (
    <section className="scenario" aria-labelledby="scenario-heading">
      <h2 id="scenario-heading">Scenario: switched off</h2>
      <ul className="chips">
        {disabled.map((id) => (
          <li key={id} className="chip">
            <span>{scenarioLabel(model, id)}</span>
            <button
              type="button"
              aria-label={`Enable ${scenarioLabel(model, id)} again`}
              onClick={() => dispatch({ type: "toggle-disabled", id })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={() => dispatch({ type: "clear-scenario" })}>
        Clear scenario
      </button>
    </section>
  );
}
