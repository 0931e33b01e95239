// Details of one agreement: what it is, its status on the As-of date, its timeline with sources, its policies.
import type { Dispatch } from "react";
import {
  type Agreement,
  kindWords,
  type Model,
  partyLabel,
  periodOn,
  policyLimitWords,
  topicNames,
} from "../../model";
import type { Action } from "../../state";
import { eventWords, natureWords, statusWords, windowWords } from "../labels";
import { ScenarioSwitch } from "./ScenarioSwitch";
import { SourceList } from "./Sources";

interface Props {
  model: Model;
  agreement: Agreement;
  at: string;
  disabled: readonly string[];
  dispatch: Dispatch<Action>;
}

const SHAPE_WORDS = {
  bilateral: "bilateral (both directions)",
  "all-to-all": "multilateral, every member with every other",
  "hub-and-spoke": "hub and spoke (members with the hub only)",
} as const;

export function AgreementDetails({ model, agreement, at, disabled, dispatch }: Props) {
  const period = periodOn(agreement, at);
  const policies = model.dataset.policies.filter((p) => p.agreement === agreement.id);
  return (
    <article className="details" aria-labelledby="details-heading">
      <h2 id="details-heading">{agreement.name}</h2>
      {agreement.fullName ? <p className="full-name">{agreement.fullName}</p> : null}
      <dl className="facts">
        <dt>Kind</dt>
        <dd>
          {kindWords(agreement.kind)}, {natureWords(agreement.legalNature)}
        </dd>
        <dt>Shape</dt>
        <dd>{SHAPE_WORDS[agreement.shape]}</dd>
        <dt>Parties</dt>
        <dd>
          <ul className="inline-list">
            {agreement.parties.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => dispatch({ type: "select", selection: { type: "party", id } })}
                >
                  {partyLabel(model, id)}
                </button>
              </li>
            ))}
          </ul>
        </dd>
        {agreement.hub ? (
          <>
            <dt>Hub</dt>
            <dd>
              {partyLabel(model, agreement.hub)}
              {agreement.relay
                ? `; relays between members${agreement.relay.condition === "originator-approval" ? " with the originator's approval" : ""}`
                : "; does not relay"}
              {agreement.relay?.note ? <span className="note"> {agreement.relay.note}</span> : null}
            </dd>
          </>
        ) : null}
        <dt>Scope</dt>
        <dd>{topicNames(model, agreement.scope)}</dd>
        <dt>On {at}</dt>
        <dd>
          {statusWords(period.status)} <span className="muted">({windowWords(period.from, period.to)})</span>
        </dd>
      </dl>
      <ScenarioSwitch id={agreement.id} disabled={disabled} dispatch={dispatch} />
      {agreement.note ? <p className="note">{agreement.note}</p> : null}
      <h3>Timeline</h3>
      <ol className="timeline-events">
        {agreement.timeline.map((event, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a timeline may hold two events of one type on one day
          <li key={`${event.type}-${event.date}-${i}`}>
            <div>
              <time dateTime={event.date}>{event.date}</time> <strong>{eventWords(event.type)}</strong>
              {event.effective ? ` (effective ${event.effective})` : ""}
              {event.parties ? ` for ${event.parties.map((id) => partyLabel(model, id)).join(", ")}` : ""}{" "}
              <span className={`certainty certainty-${event.certainty}`}>{event.certainty}</span>
            </div>
            {event.note ? <p className="note">{event.note}</p> : null}
            <SourceList model={model} ids={event.sources} />
          </li>
        ))}
      </ol>
      {policies.length > 0 ? (
        <>
          <h3>Policies under this agreement</h3>
          <ul className="plain">
            {policies.map((p) => (
              <li key={p.id}>
                {partyLabel(model, p.party)} to {partyLabel(model, p.receiver)}: {policyLimitWords(model, p)}{" "}
                ({p.status}, {windowWords(p.from, p.to ?? null)})
                {p.note ? <p className="note">{p.note}</p> : null}
                <SourceList model={model} ids={p.sources} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Sources</h3>
      <SourceList model={model} ids={agreement.sources} />
    </article>
  );
}
