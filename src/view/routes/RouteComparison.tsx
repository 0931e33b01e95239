// The permitted routes side by side: hops, intermediaries, agreements, conditions, warnings, for how long each is
// permitted and when its warnings change, and sources. The first few routes, and the selected one wherever it is.
import { memo, type ReactNode } from "react";
import { kindWords, type Model, partyName } from "../../model";
import { type Route, type RouteKey, routeKey } from "../../routing";
import type { AnswerInput } from "../../state";
import { SourceLink } from "../details/Sources";
import { natureWords, statusWords } from "../labels";
import { CodeTag } from "./CodedMessages";
import { spanOf } from "./routeSpans";
import { routePath } from "./routeWords";
import { spanWords } from "./spanWords";

/** The most routes compared at once: more columns than this would not read side by side. */
export const COMPARED = 4;

interface Props {
  model: Model;
  routes: readonly Route[];
  /** The key of the selected route. */
  selected: RouteKey | null;
  /** The question, options and date the routes answer, for how long each stays permitted. */
  input: AnswerInput;
}

/**
 * How long each compared route stays permitted, one text a route, separated by SEPARATOR: a string, so that the
 * memoised table below redraws only when some route's stretch changes, not at every As-of step.
 */
export function comparedSpans(
  model: Model,
  input: AnswerInput,
  routes: readonly Route[],
  selected: RouteKey | null,
) {
  return shownRoutes(routes, selected)
    .map((route) => {
      const span = spanOf(model, input, route);
      return span ? spanWords(span).join(" ") : "";
    })
    .join(SEPARATOR);
}

const SEPARATOR = "\u001f";

/** The routes compared: the first COMPARED, and the selected one when it comes later. */
function shownRoutes(routes: readonly Route[], selected: RouteKey | null): Route[] {
  const shown = routes.slice(0, COMPARED);
  const extra = routes.find((r, i) => i >= COMPARED && routeKey(r) === selected);
  if (extra) shown.push(extra);
  return shown;
}

interface TableProps {
  model: Model;
  routes: readonly Route[];
  selected: RouteKey | null;
  /** What comparedSpans gives for these routes. */
  spans: string;
}

function none(items: readonly unknown[], content: ReactNode): ReactNode {
  return items.length === 0 ? <span className="muted">none</span> : content;
}

const ROWS: [string, (model: Model, route: Route, span: string) => ReactNode][] = [
  [
    "Hops",
    (model, r) => (
      <ol className="plain">
        {r.hops.map((h) => (
          <li key={`${h.from}-${h.to}-${h.agreement}`}>
            {partyName(model, h.from)} → {partyName(model, h.to)}{" "}
            <span className="muted">({h.agreementName})</span>
          </li>
        ))}
      </ol>
    ),
  ],
  [
    "Intermediaries",
    (model, r) => none(r.intermediaries, r.intermediaries.map((id) => partyName(model, id)).join(", ")),
  ],
  [
    "Agreements",
    (_model, r) =>
      r.agreements.map((a, i) => (
        <span key={a.id}>
          {i > 0 ? "; " : ""}
          <strong>{a.name}</strong>: {kindWords(a.kind)}, {natureWords(a.legalNature)},{" "}
          {statusWords(a.status).toLowerCase()}
        </span>
      )),
  ],
  [
    "Conditions and warnings",
    (_model, r) =>
      none(
        [...r.conditions, ...r.warnings],
        <ul className="tags">
          {r.conditions.map((c) => (
            <li key={c.code}>
              <CodeTag code={c.code} kind="condition" title={c.message} />
            </li>
          ))}
          {r.warnings.map((w) => (
            <li key={w.code}>
              <CodeTag code={w.code} kind="warning" title={w.message} />
            </li>
          ))}
        </ul>,
      ),
  ],
  ["Permitted", (_model, _r, span) => span || <span className="muted">not known</span>],
  [
    "Sources",
    (_model, r) =>
      none(
        r.sources,
        <details>
          <summary>{r.sources.length === 1 ? "1 source" : `${r.sources.length} sources`}</summary>
          <ul className="plain">
            {r.sources.map((s) => (
              <li key={s.id}>
                <SourceLink {...s} /> <span className="muted">{s.fact}</span>
              </li>
            ))}
          </ul>
        </details>,
      ),
  ],
];

// Memoised: an As-of step that leaves the routes as they were does not redraw the table.
export function RouteComparison({ model, routes, selected, input }: Props) {
  const spans = comparedSpans(model, input, routes, selected);
  return <ComparisonTable model={model} routes={routes} selected={selected} spans={spans} />;
}

const ComparisonTable = memo(function ComparisonTable({ model, routes, selected, spans }: TableProps) {
  if (routes.length === 0) return null;
  const shown = shownRoutes(routes, selected);
  const extra = shown.length > COMPARED;
  const spanOfColumn = spans.split(SEPARATOR);
  return (
    <section className="comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">Compare routes</h2>
      {routes.length > shown.length ? (
        <p className="muted">
          The first {COMPARED} of {routes.length} permitted routes{extra ? ", and the selected one" : ""}.
        </p>
      ) : null}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Property</span>
              </th>
              {shown.map((route) => (
                <th
                  key={routeKey(route)}
                  scope="col"
                  className={selected === routeKey(route) ? "selected" : undefined}
                >
                  {routes.indexOf(route) + 1}. {routePath(model, route)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map(([label, cell]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {shown.map((route, i) => (
                  <td key={routeKey(route)} className={selected === routeKey(route) ? "selected" : undefined}>
                    {cell(model, route, spanOfColumn[i] ?? "")}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
