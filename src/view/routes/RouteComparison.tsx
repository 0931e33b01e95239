// The permitted routes side by side: hops, intermediaries, agreements, conditions, warnings, validity and sources.
import { memo, type ReactNode } from "react";
import { kindWords, type Model, partyName } from "../../model";
import { type Route, type RouteKey, routeKey } from "../../routing";
import { SourceLink } from "../details/Sources";
import { natureWords, statusWords, windowWords } from "../labels";
import { CodedMessages } from "./CodedMessages";
import { routePath } from "./routeWords";

interface Props {
  model: Model;
  routes: readonly Route[];
  /** The key of the selected route. */
  selected: RouteKey | null;
}

function none(items: readonly unknown[], content: ReactNode): ReactNode {
  return items.length === 0 ? <span className="muted">none</span> : content;
}

// Memoised: an As-of step that leaves the routes as they were does not redraw the table.
export const RouteComparison = memo(function RouteComparison({ model, routes, selected }: Props) {
  if (routes.length === 0) return null;
  const rows: [string, (route: Route) => ReactNode][] = [
    [
      "Hops",
      (r) => (
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
      (r) => none(r.intermediaries, r.intermediaries.map((id) => partyName(model, id)).join(", ")),
    ],
    [
      "Agreements",
      (r) => (
        <ul className="plain">
          {r.agreements.map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong>: {kindWords(a.kind)}, {natureWords(a.legalNature)};{" "}
              {statusWords(a.status)}
            </li>
          ))}
        </ul>
      ),
    ],
    [
      "Conditions",
      (r) => none(r.conditions, <CodedMessages items={r.conditions} kind="condition" className="plain" />),
    ],
    [
      "Warnings",
      (r) => none(r.warnings, <CodedMessages items={r.warnings} kind="warning" className="plain" />),
    ],
    ["Valid", (r) => windowWords(r.validFrom, r.validTo)],
    [
      "Sources",
      (r) =>
        none(
          r.sources,
          <ul className="plain">
            {r.sources.map((s) => (
              <li key={s.id}>
                <SourceLink {...s} /> <span className="muted">{s.fact}</span>
              </li>
            ))}
          </ul>,
        ),
    ],
  ];
  return (
    <section className="comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">Compare routes</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Property</span>
              </th>
              {routes.map((route, i) => (
                <th
                  key={routeKey(route)}
                  scope="col"
                  className={selected === routeKey(route) ? "selected" : undefined}
                >
                  {i + 1}. {routePath(model, route)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, cell]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {routes.map((route) => (
                  <td key={routeKey(route)} className={selected === routeKey(route) ? "selected" : undefined}>
                    {cell(route)}
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
