// "Disable in scenario" for a party or an agreement, and "Enable in scenario" once it is switched off.
import type { Dispatch } from "react";
import type { Action } from "../../state";

interface Props {
  /** The party or agreement id. */
  id: string;
  disabled: readonly string[];
  dispatch: Dispatch<Action>;
}

export function ScenarioSwitch({ id, disabled, dispatch }: Props) {
  const off = disabled.includes(id);
  return (
    <button
      type="button"
      className={off ? "secondary" : "danger"}
      aria-pressed={off}
      onClick={() => dispatch({ type: "toggle-disabled", id })}
    >
      {off ? "Enable in scenario" : "Disable in scenario"}
    </button>
  );
}
