// Running networkForce in a worker where the browser has them, else on the spot.
import type { Point } from "../../geo";
import { type NetworkForceInput, networkForce } from "./networkForce";

/** The network's positions, computed in a worker (in the page itself where workers are missing or fail). */
export function runNetworkForce(input: NetworkForceInput): Promise<Map<string, Point>> {
  if (typeof Worker === "undefined") return Promise.resolve(networkForce(input));
  return new Promise((done) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./forceWorker.ts", import.meta.url), { type: "module" });
    } catch {
      done(networkForce(input));
      return;
    }
    worker.onmessage = (event: MessageEvent<[string, Point][]>) => {
      worker.terminate();
      done(new Map(event.data));
    };
    worker.onerror = () => {
      worker.terminate();
      done(networkForce(input));
    };
    worker.postMessage(input);
  });
}
