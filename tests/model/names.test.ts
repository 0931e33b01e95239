// Names as people read them, shared by route messages, captions and the explorer.
import { describe, expect, it } from "vitest";
import {
  AGREEMENT_KINDS,
  agreementName,
  kindWords,
  partyLabel,
  partyName,
  policyLimitWords,
  topicName,
  topicNames,
} from "../../src/model";
import { shell } from "../view/fixture";

describe("party, topic and agreement names", () => {
  it("prefers a party's short name and adds its id in a label", () => {
    expect(partyName(shell, "KOR")).toBe("South Korea");
    expect(partyName(shell, "JPN")).toBe("Japan");
    expect(partyLabel(shell, "KOR")).toBe("South Korea (KOR)");
  });

  it("shows an unknown id as it is", () => {
    expect(partyName(shell, "ZZZ")).toBe("ZZZ");
    expect(partyLabel(shell, "ZZZ")).toBe("ZZZ");
    expect(topicName(shell, "no-such-topic")).toBe("no-such-topic");
    expect(agreementName(shell, "no-such-agreement")).toBe("no-such-agreement");
  });

  it("names topics and agreements", () => {
    expect(topicName(shell, "nk-missile")).toBe("NK missiles");
    expect(agreementName(shell, "gsomia")).toBe("GSOMIA");
  });
});

describe("topic lists and policy limits", () => {
  const policy = {
    id: "p",
    party: "KOR",
    receiver: "JPN",
    from: "2017-05-10",
    status: "reported" as const,
    sources: ["s1"],
  };

  it("names topics in a row and says what a policy limits its sender to", () => {
    expect(topicNames(shell, ["nk-missile", "china-military"])).toBe("NK missiles, Chinese military");
    expect(policyLimitWords(shell, { ...policy, allow: ["nk-missile"] })).toBe("sends only NK missiles");
    expect(policyLimitWords(shell, { ...policy, deny: ["china-military"] })).toBe(
      "holds back Chinese military",
    );
  });
});

describe("agreement kinds", () => {
  it("lists every kind once, with its words", () => {
    expect(AGREEMENT_KINDS).toEqual([
      "security-agreement",
      "arrangement",
      "technical-mechanism",
      "multilateral-agreement",
      "forum",
    ]);
    expect(kindWords("security-agreement")).toBe("Security-of-information agreement");
  });
});
