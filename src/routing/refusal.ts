// The refusal of an answer too large to hold (DESIGN.md rule 10): its size, and how to narrow the question, in the
// words of whoever asked (`explain: N` to the engine's callers, `--explain N` on the command line).
import { LiaisonError } from "../model";
import { MAX_LISTED_ROUTES } from "./types";

/** How a caller names the options that narrow a query: `explain: N` here, `--explain N` on the command line. */
export interface NarrowingWords {
  explain: string;
  maxHops: string;
  disable: string;
}

/** The engine's own names for them, as its options spell them. */
export const OPTION_WORDS: NarrowingWords = { explain: "explain: N", maxHops: "maxHops", disable: "disable" };

/** How many routes an answer would list: every permitted one, and `explained` of `blockedTotal` blocked ones. */
export interface ListedSize {
  permittedTotal: number;
  explained: number;
  blockedTotal: number;
}

const n = (x: number) => x.toLocaleString("en-US");
const LIMIT = `more than the ${n(MAX_LISTED_ROUTES)} one answer holds`;
const narrower = (words: NarrowingWords) =>
  `a lower ${words.maxHops}, or ${words.disable} an agreement or party`;

/** Why an answer is refused as too large: its size, and how to narrow it in the caller's words. */
export function tooManyRoutes(size: ListedSize, words: NarrowingWords): string {
  if (size.permittedTotal > MAX_LISTED_ROUTES) {
    return `the answer would list ${n(size.permittedTotal)} permitted routes, ${LIMIT}: ask for ${narrower(words)}`;
  }
  return `the answer would list ${n(size.permittedTotal + size.explained)} routes (${n(size.permittedTotal)} permitted, ${n(size.explained)} of ${n(size.blockedTotal)} blocked candidates explained), ${LIMIT}: ask for ${words.explain}, ${narrower(words)}`;
}

/**
 * Why a route timeline is refused as too large: it follows every candidate some date may permit (`permittedTotal`
 * here) and lists `explained` of the `blockedTotal` blocked on every date.
 */
export function tooManyTimelineRoutes(size: ListedSize, words: NarrowingWords): string {
  if (size.permittedTotal > MAX_LISTED_ROUTES) {
    return `the timeline would follow ${n(size.permittedTotal)} candidate routes that some date may permit, ${LIMIT}: ask for ${narrower(words)}`;
  }
  return `the timeline would list ${n(size.permittedTotal + size.explained)} routes (${n(size.permittedTotal)} that some date may permit, ${n(size.explained)} of ${n(size.blockedTotal)} blocked on every date explained), ${LIMIT}: ask for ${words.explain}, ${narrower(words)}`;
}

/**
 * Thrown (LiaisonError "usage") for an answer that would list more than MAX_LISTED_ROUTES routes, before any is
 * described. Its message uses the engine's option names; `inWords` gives it in another caller's.
 */
export class TooManyRoutes extends LiaisonError {
  constructor(
    scope: string,
    readonly size: ListedSize,
    private readonly wording: (size: ListedSize, words: NarrowingWords) => string = tooManyRoutes,
  ) {
    super(scope, wording(size, OPTION_WORDS));
  }

  /** The refusal, scope first, with the options that narrow the question named in `words`. */
  inWords(words: NarrowingWords): string {
    return `${this.scope}: ${this.wording(this.size, words)}`;
  }
}
