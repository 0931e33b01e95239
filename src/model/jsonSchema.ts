// The JSON Schema of a dataset file, generated from the zod schema so editors check files as people type.
import { z } from "zod";
import { datasetFileSchema } from "./schema.ts";

/** The JSON Schema (draft 2020-12) for one dataset file, describing what a person writes (defaults optional). */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetFileSchema, { io: "input", unrepresentable: "any" }),
    $id: "https://liaison.invalid/graph-data/liaison.schema.json",
    title: "Liaison dataset file",
    description:
      "One file of a Liaison dataset: sources, topics, parties, agreements, policies, incidents, discrepancies, coverage.",
  };
}
