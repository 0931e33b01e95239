// A worker that lays out a large network (networkForce) off the page's main thread, so the page stays responsive.
import { type NetworkForceInput, networkForce } from "./networkForce";

self.onmessage = (event: MessageEvent<NetworkForceInput>) => {
  self.postMessage([...networkForce(event.data)]);
};
