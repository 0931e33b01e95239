// @vitest-environment happy-dom
// The explorer's legend lists the network's grey backdrop line only where the graph draws it: at network detail.
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { buildModel } from "../../../src/model";
import { Legend } from "../../../src/view/graph/Legend";
import { syntheticWorld } from "../../support/syntheticWorld";
import { triangle } from "./fixture";

afterEach(cleanup);

const BACKDROP = "Agreements between two parties, one grey line a pair";

describe("Legend", () => {
  it("lists the backdrop line for a network the size of the world's", () => {
    render(<Legend model={buildModel(syntheticWorld({ parties: 200, agreements: 3000, seed: 3 }))} />);
    expect(screen.getByText(BACKDROP)).toBeTruthy();
    expect(screen.getByText("Legally binding")).toBeTruthy();
  });

  it("leaves it out for a dataset drawn agreement by agreement", () => {
    render(<Legend model={triangle} />);
    expect(screen.queryByText(BACKDROP)).toBeNull();
    expect(screen.getByText("Legally binding")).toBeTruthy();
  });
});
