// Who brokers on the topic and date: per party, the pairs that depend on it as sole relay and the pairs with a
// route through it (route-aware brokerage), beside betweenness centrality, with how the two differ.
import { type Dispatch, useMemo, useState } from "react";
import {
  BROKER_COLUMNS,
  type BrokerSort,
  brokerLines,
  brokersPicture,
  settingsWords,
  sortBrokerLines,
} from "../../export/pure/panels";
import { type Model, partyLabel } from "../../model";
import type { Action, ExplorerState } from "../../state";
import { PanelFrame } from "./PanelFrame";
import { analysisRequest, jobOptions } from "./question";
import { useJob } from "./useJob";

interface Props {
  model: Model;
  state: ExplorerState;
  dispatch: Dispatch<Action>;
}

/** Rows shown before "Show all". */
const SHOWN = 25;

export function BrokersPanel({ model, state, dispatch }: Props) {
  const { topic } = analysisRequest(state);
  const options = jobOptions(state);
  const { result, last, pending, error } = useJob(model, { kind: "brokers", topic, at: state.at, options });
  const answer = result ?? last;
  const [all, setAll] = useState(false);
  const [by, setBy] = useState<BrokerSort>("sole");
  const table = useMemo(() => {
    if (!answer) return null;
    const { lines, idle } = brokerLines(answer.brokerage.brokers, answer.betweenness);
    return { lines: sortBrokerLines(lines, by), idle };
  }, [answer, by]);
  const rows = table ? (all ? table.lines : table.lines.slice(0, SHOWN)) : [];
  return (
    <PanelFrame
      title={`Brokers on ${state.at}`}
      about={`${settingsWords(model, topic, options)}.`}
      name="brokers"
      picture={
        answer
          ? () => brokersPicture(model, answer.brokerage, answer.betweenness, answer.explanation, by)
          : null
      }
      fileQuery={{ at: state.at }}
      onClose={() => dispatch({ type: "show-brokers", show: false })}
      pending={pending}
      shown={answer !== null}
      error={error}
    >
      {table ? (
        <>
          <table className="brokers-table">
            <caption className="visually-hidden">
              Brokers by {BROKER_COLUMNS.find((c) => c.key === by)?.title.toLowerCase()}; a column's button
              ranks them by it
            </caption>
            <thead>
              <tr>
                <th scope="col">Party</th>
                {BROKER_COLUMNS.map((column) => (
                  <th key={column.key} scope="col" aria-sort={column.key === by ? "descending" : undefined}>
                    <button
                      type="button"
                      className="link-button sort-button"
                      onClick={() => setBy(column.key)}
                    >
                      {column.title}
                      {column.key === by ? <span aria-hidden="true"> ▼</span> : null}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.party}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        dispatch({ type: "select", selection: { type: "party", id: row.party } })
                      }
                    >
                      {partyLabel(model, row.party)}
                    </button>
                  </th>
                  <td>{row.sole}</td>
                  <td>{row.on}</td>
                  <td>{row.betweenness.toFixed(3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {table.lines.length > rows.length ? (
            <button type="button" className="link-button" onClick={() => setAll(true)}>
              Show all {table.lines.length}
            </button>
          ) : null}
          <p className="muted">
            {table.lines.length === 0 ? "No party relays for any pair. " : ""}
            {table.idle} other parties relay for no pair and lie on no shortest path.
          </p>
          <p className="note brokers-explanation">{answer?.explanation}</p>
        </>
      ) : null}
    </PanelFrame>
  );
}
