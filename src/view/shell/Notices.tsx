// Dismissible notices: what the explorer ignored or could not do (e.g. invalid permalink values).
import type { Dispatch } from "react";
import type { Action, Notice } from "../../state";

export function Notices({ notices, dispatch }: { notices: readonly Notice[]; dispatch: Dispatch<Action> }) {
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices" role="status">
      <ul>
        {notices.map((n) => (
          <li key={n.id} className="notice">
            <span>{n.message}</span>
            <button type="button" onClick={() => dispatch({ type: "dismiss-notice", id: n.id })}>
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
