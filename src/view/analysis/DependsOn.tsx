// "What depends on this?" in the details of a party or agreement: on request, the pairs that lose every permitted
// route on the topic and date without it, and how many pairs were checked. Each pair asks its route question.
import { type Dispatch, useMemo } from "react";
import { pairWords, settingsWords } from "../../export/pure/panels";
import { agreementName, type Model, partyName } from "../../model";
import type { Action, ExplorerState } from "../../state";
import { byCodeUnits } from "../labels";
import { analysisRequest, jobOptions } from "./question";
import { useJob } from "./useJob";

interface Props {
  model: Model;
  state: ExplorerState;
  dispatch: Dispatch<Action>;
}

const count = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

/** Pairs listed before the rest are only counted. */
const SHOWN = 100;

/** Nothing unless a party or an agreement is selected. */
export function DependsOn({ model, state, dispatch }: Props) {
  const { selection } = state;
  const id = selection?.id ?? "";
  const known = selection?.type === "party" ? model.parties.has(id) : model.agreements.has(id);
  const asked = selection !== null && known && state.analysis.dependsOn === id;
  const { topic } = analysisRequest(state);
  const options = jobOptions(state);
  const { result, pending, error } = useJob(
    model,
    asked ? { kind: "depends", id, topic, at: state.at, options } : null,
  );
  // In the order people read the pairs, not the dataset's.
  const lost = useMemo(
    () =>
      (result?.lost ?? [])
        .map((pair) => ({ ...pair, words: pairWords(model, pair.from, pair.to) }))
        .sort((a, b) => byCodeUnits(a.words, b.words)),
    [model, result],
  );
  if (!selection || !known) return null;
  const name = selection.type === "party" ? partyName(model, id) : agreementName(model, id);
  return (
    <section className="depends-on" aria-labelledby="depends-on-heading">
      <h3 id="depends-on-heading">What depends on this?</h3>
      {!asked ? (
        <>
          <p className="muted">
            The pairs that lose every permitted route without {name}: {settingsWords(model, topic, options)},
            on {state.at}.
          </p>
          <button type="button" onClick={() => dispatch({ type: "ask-depends", id })}>
            What depends on this?
          </button>
        </>
      ) : null}
      {asked && pending ? (
        <p className="muted" role="status">
          Checking every pair…
        </p>
      ) : null}
      {asked && error ? (
        <p className="note" role="alert">
          Could not check: {error}
        </p>
      ) : null}
      {asked && result ? (
        <>
          <p role="status">
            {state.disabled.includes(id) ? `${name} is switched off in the scenario already. ` : ""}
            {result.lost.length === 0
              ? `No pair loses every permitted route without ${name}.`
              : `${count(result.lost.length, "pair")} lose${result.lost.length === 1 ? "s" : ""} every permitted route without ${name}.`}{" "}
            Checked the {result.checked.toLocaleString("en")} of {result.pairs.toLocaleString("en")} ordered
            pairs with a permitted route on {state.at} ({settingsWords(model, topic, options)}).
          </p>
          {result.lost.length > 0 ? (
            <ul className="plain" aria-label={`Pairs that depend on ${name}`}>
              {lost.slice(0, SHOWN).map((pair) => (
                <li key={`${pair.from} ${pair.to}`}>
                  <button
                    type="button"
                    className="link-button"
                    title="Find the routes of this pair"
                    onClick={() => dispatch({ type: "ask-route", from: pair.from, to: pair.to, topic })}
                  >
                    {pair.words}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {result.lost.length > SHOWN ? (
            <p className="muted">… and {result.lost.length - SHOWN} more.</p>
          ) : null}
          <button
            type="button"
            className="link-button"
            onClick={() => dispatch({ type: "ask-depends", id: null })}
          >
            Hide
          </button>
        </>
      ) : null}
    </section>
  );
}
