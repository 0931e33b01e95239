// The committed JSON Schema in graph-data/ is the one the zod schema generates (regenerate with `npm run schema`).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datasetJsonSchema } from "../src/model/jsonSchema";

const FILE = "graph-data/liaison.schema.json";

describe(FILE, () => {
  const text = readFileSync(FILE, "utf8");

  it("is valid JSON that declares JSON Schema draft 2020-12", () => {
    const schema = JSON.parse(text) as Record<string, unknown>;
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
  });

  it("equals the schema generated from the zod schema, byte for byte", () => {
    expect(text).toBe(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  });

  it("refuses unknown fields, as the loader does", () => {
    const schema = JSON.parse(text) as {
      additionalProperties?: unknown;
      properties: Record<string, unknown>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["sources", "topics", "parties", "agreements", "policies", "incidents"]),
    );
  });
});
