// The analyses' named fixtures, loaded through the CLI's dataset reader like any user's files.
import { fileURLToPath } from "node:url";
import { modelAt } from "../routing/helpers";

export const RELAY_LINE = fileURLToPath(new URL("./fixtures/relay-line.yaml", import.meta.url));
export const TWO_WAYS = fileURLToPath(new URL("./fixtures/two-ways.yaml", import.meta.url));

export const relayLine = modelAt(RELAY_LINE);
export const twoWays = modelAt(TWO_WAYS);

/** Route keys of the relay-line fixture, from AAA to BBB. */
export const KEY = {
  direct: "AAA>BBB:ab-direct",
  club: "AAA>BBB:club",
  viaDdd: "AAA>DDD>BBB:club+club",
  hub: "AAA>CCC>BBB:hub+hub",
} as const;
