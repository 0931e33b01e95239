// fcose takes no seed: its runs are made repeatable by swapping Math.random for a seeded generator around them.
import { seededRandom } from "../../model";

/**
 * Run `work` with Math.random replaced by a seeded generator, then restore it. fcose takes no seed, and its
 * spectral start (the part that gives it good pictures) draws on Math.random; a non-animated run is synchronous,
 * so the swap covers the whole run and nothing else.
 */
export function withSeed<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
