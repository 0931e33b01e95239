// Keeps an answer's route lists the same objects while an As-of step leaves them as they were, so that memoised
// views of routes (comparison table, details) skip rendering and the selected route stays the same object.
import type { RouteAnswer } from "../../routing";

/**
 * Structural equality of plain data (what a route answer is made of): primitives by value, arrays item by item,
 * objects key by key. Anything else (maps, dates, class instances) compares by identity.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype) return false;
  if (Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.every((k) => Object.hasOwn(y, k) && sameValue(x[k], y[k]));
}

/**
 * `next`, with its permitted and blocked lists replaced by `previous`'s where they are equal; `next` itself when
 * neither list is, or when either answer is null.
 */
export function stableAnswer(previous: RouteAnswer | null, next: RouteAnswer | null): RouteAnswer | null {
  if (!next || !previous) return next;
  const routes = sameValue(previous.routes, next.routes) ? previous.routes : next.routes;
  const blocked = sameValue(previous.blocked, next.blocked) ? previous.blocked : next.blocked;
  return routes === next.routes && blocked === next.blocked ? next : { ...next, routes, blocked };
}
