// The bounds of a query's maxHops, shared by the route engine, the explorer's controls and the permalink.

/** The fewest hops a query may ask for: a direct route. */
export const MIN_HOPS = 1;
/** The most hops a query may ask for; longer relays are not credible and their candidates grow too fast. */
export const MAX_HOPS = 6;
