// Merging the files of a dataset: records that pass the schema join the dataset with a note of where they came
// from, so that problems found after merging still name file and line; what could not be read is noted too.
import type { z } from "zod";
import type { ParsedFile, PathKey } from "./parse.ts";
import {
  agreementSchema,
  coverageSchema,
  type Dataset,
  type DatasetFile,
  discrepancySchema,
  incidentSchema,
  partySchema,
  policySchema,
  sourceSchema,
  topicSchema,
} from "./schema.ts";
import { valueAt } from "./schemaProblems.ts";

/** The sections of a dataset, in the order files list them. */
export const SECTIONS = [
  "sources",
  "topics",
  "parties",
  "agreements",
  "policies",
  "incidents",
  "discrepancies",
  "coverage",
] as const;
export type Section = (typeof SECTIONS)[number];

const RECORD_SCHEMAS: Record<Section, z.ZodType> = {
  sources: sourceSchema,
  topics: topicSchema,
  parties: partySchema,
  agreements: agreementSchema,
  policies: policySchema,
  incidents: incidentSchema,
  discrepancies: discrepancySchema,
  coverage: coverageSchema,
};

/** Where a merged record came from, so that problems found after merging still name file and line. */
export interface Origin {
  parsed: ParsedFile;
  path: PathKey[];
}

/**
 * What the reference checks may not judge because part of the dataset could not be read: ids of records that
 * failed the schema (a reference to them is not "unknown"), and sections that are unreadable as a whole.
 */
export interface Unread {
  ids: Map<Section, Set<string>>;
  sections: Set<Section>;
}

/** A dataset with every section empty and no title yet. */
export function emptyDataset(): Dataset {
  return {
    title: "",
    sources: [],
    topics: [],
    parties: [],
    agreements: [],
    policies: [],
    incidents: [],
    discrepancies: [],
    coverage: [],
  };
}

/** Add every record of a file that passed the schema to the dataset, remembering where each came from. */
export function mergeFile(
  dataset: Dataset,
  data: DatasetFile,
  parsed: ParsedFile,
  origins: Map<object, Origin>,
) {
  if (data.title && !dataset.title) dataset.title = data.title;
  if (data.description && !dataset.description) dataset.description = data.description;
  for (const section of SECTIONS) {
    const records = (data[section] ?? []) as object[];
    records.forEach((record, index) => {
      origins.set(record, { parsed, path: [section, index] });
      (dataset[section] as object[]).push(record);
    });
  }
}

/** Merge the records of a file that failed the schema which pass it on their own; note what stays unread. */
export function mergeReadable(
  dataset: Dataset,
  parsed: ParsedFile,
  origins: Map<object, Origin>,
  unread: Unread,
) {
  const data = parsed.data as Record<string, unknown>;
  for (const section of SECTIONS) {
    const records = Object.hasOwn(data, section) ? data[section] : undefined;
    if (records === undefined) continue;
    if (!Array.isArray(records)) {
      unread.sections.add(section);
      continue;
    }
    records.forEach((raw: unknown, index) => {
      const result = RECORD_SCHEMAS[section].safeParse(raw);
      if (result.success) {
        origins.set(result.data as object, { parsed, path: [section, index] });
        (dataset[section] as unknown[]).push(result.data);
        return;
      }
      const id = valueAt(raw, ["id"]);
      if (typeof id !== "string") unread.sections.add(section);
      else {
        const ids = unread.ids.get(section) ?? new Set<string>();
        ids.add(id);
        unread.ids.set(section, ids);
      }
    });
  }
}
