// A small named fixture for the explorer's panels: Seoul, Tokyo and Washington, a direct GSOMIA (from 2016) and
// the TISA hub arrangement (from 2014) relaying through Washington, with one source carrying markup in its text.
import { buildModel, type Dataset, type Model } from "../../src/model";

const cite = { sources: ["s1"] };

export const SHELL: Dataset = {
  title: "Shell fixture",
  sources: [
    {
      id: "s1",
      publisher: "Ministry <b>of</b> Tests",
      title: "Test source",
      url: "https://example.org/a",
      quote: "a quote",
      grade: "A",
      fact: "G-06",
      status: "confirmed",
    },
  ],
  topics: [
    { id: "any", name: "Any topic" },
    { id: "north-korea", name: "North Korea", parent: "any" },
    { id: "nk-missile", name: "NK missiles", parent: "north-korea" },
    { id: "china-military", name: "Chinese military", parent: "any" },
  ],
  parties: [
    { id: "KOR", kind: "state", name: "Republic of Korea", shortName: "South Korea", ...cite },
    { id: "JPN", kind: "state", name: "Japan", ...cite },
    { id: "USA", kind: "state", name: "United States", ...cite },
  ],
  agreements: [
    {
      id: "gsomia",
      name: "GSOMIA",
      kind: "security-agreement",
      legalNature: "binding",
      shape: "bilateral",
      parties: ["KOR", "JPN"],
      scope: ["any"],
      timeline: [
        { type: "signed", date: "2016-11-23", certainty: "confirmed", ...cite },
        { type: "in-force", date: "2016-11-23", certainty: "confirmed", note: "Same day.", ...cite },
      ],
      ...cite,
    },
    {
      id: "tisa",
      name: "TISA",
      kind: "arrangement",
      legalNature: "non-binding",
      shape: "hub-and-spoke",
      parties: ["KOR", "JPN", "USA"],
      hub: "USA",
      relay: { condition: "originator-approval" },
      scope: ["north-korea"],
      timeline: [{ type: "in-force", date: "2014-12-29", certainty: "confirmed", ...cite }],
      ...cite,
    },
  ],
  policies: [],
  incidents: [
    { id: "overflight", date: "2017-08-29", title: "Missile over Hokkaido", parties: ["JPN"], ...cite },
  ],
  discrepancies: [],
};

export const shell: Model = buildModel(SHELL);
