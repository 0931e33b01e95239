// The blocked candidates grouped by shape and reasons, one line a group; a group opens to its routes and comes into
// focus (state.blockedFocus: the graph draws that group alone). The group holding the selected route opens too.
import { type Dispatch, useMemo } from "react";
import type { Model } from "../../model";
import { type Route, type RouteKey, routeKey } from "../../routing";
import { type Action, type BlockedGroup, blockedGroups } from "../../state";
import { groupHeadWords, groupReasonWords } from "./blockedWords";
import { CodeTag } from "./CodedMessages";
import { RouteList } from "./RouteList";

interface Props {
  model: Model;
  blocked: readonly Route[];
  /** The group in focus (ExplorerState.blockedFocus). */
  focus: string | null;
  selected: RouteKey | null;
  numberOf(route: Route): number;
  dispatch: Dispatch<Action>;
}

function Group(props: Props & { group: BlockedGroup }) {
  const { group, focus, selected, dispatch } = props;
  const inFocus = group.id === focus;
  const holdsSelected = selected !== null && group.routes.some((r) => routeKey(r) === selected);
  const open = inFocus || holdsSelected;
  const listId = `blocked-group-${group.id.replace(/[^a-z0-9]+/gi, "-")}`;
  return (
    <li className={`blocked-group${inFocus ? " in-focus" : ""}`}>
      <button
        type="button"
        className="group-button"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => dispatch({ type: "set-blocked-focus", group: inFocus ? null : group.id })}
      >
        <span className="group-head">{groupHeadWords(group)}</span>: {groupReasonWords(group)}
      </button>
      <ul className="tags" aria-label="Reasons">
        {group.reasons.map((code) => (
          <li key={code}>
            <CodeTag code={code} kind="reason" />
          </li>
        ))}
        {inFocus ? <li className="focus-note">in focus</li> : null}
      </ul>
      {open ? (
        <RouteList
          id={listId}
          label={`Blocked routes: ${groupHeadWords(group)}`}
          model={props.model}
          routes={group.routes}
          numberOf={props.numberOf}
          selected={selected}
          onSelect={(route) => dispatch({ type: "select-route", route })}
        />
      ) : null}
    </li>
  );
}

export function BlockedGroups(props: Props) {
  const groups = useMemo(() => blockedGroups(props.blocked), [props.blocked]);
  return (
    <ul className="blocked-groups" aria-label="Blocked routes by reason">
      {groups.map((group) => (
        <Group key={group.id} {...props} group={group} />
      ))}
    </ul>
  );
}
