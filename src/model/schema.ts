// The dataset schema: the single truth for dataset files, their TypeScript types and the JSON Schema in graph-data/.
import { z } from "zod";
import { isCalendarDate } from "./dates.ts";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * An id of a record of the dataset's own making (source, topic, agreement, policy, incident, discrepancy): kebab
 * case. `what` and `example` word the message for the person who wrote the file.
 */
const idOf = (what: string, example: string) =>
  z
    .string()
    .regex(
      KEBAB,
      `${what} is written in lower-case letters and digits, with single hyphens between words and no spaces, such as "${example}"`,
    );

const sourceId = idOf("a source id", "mofa-2016-11-23");
const topicId = idOf("a topic id", "nk-missile");
const agreementId = idOf("an agreement id", "jpn-kor-gsomia");
const policyId = idOf("a policy id", "kor-jpn-limit-2017");
const incidentId = idOf("an incident id", "hwasong-12-2017-08-29");
const discrepancyId = idOf("a discrepancy id", "tisa-signing-days");

/** Party ids: ISO 3166-1 alpha-3 for states, an upper-case acronym (NATO) for organisations. */
export const partyIdSchema = z
  .string()
  .regex(
    /^[A-Z][A-Z0-9]{1,15}$/,
    "a party id is a country's three-letter ISO code in capitals, such as KOR, JPN or USA, or an organisation's acronym in capitals, such as NATO",
  );

/** A full date (2016-11-23), or a month (2013-03) or year (1956) read as its first day and flagged approximate. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be an ISO date YYYY-MM-DD, a month YYYY-MM or a year YYYY")
  .refine(isCalendarDate, "is not a real calendar date");

/**
 * A fact id of Liaison's fact sheet research/facts.md: a letter, a hyphen, two digits and an optional lower-case
 * letter. Only the built-in dataset needs one (a test holds it to that); a dataset of one's own may leave it out.
 */
export const factIdSchema = z
  .string()
  .regex(
    /^[A-Z]-\d{2}[a-z]?$/,
    'a fact id names an entry of Liaison\'s fact sheet (research/facts.md): a capital letter, a hyphen, two digits and optionally a lower-case letter, such as G-06 or J-03a; a dataset of your own can leave "fact" out',
  );

/** Text shown to people. Never interpreted as markup; length bounded so a file cannot flood the view. */
const text = (max = 2000) => z.string().min(1, "must not be empty").max(max);

export const certaintySchema = z.enum(["confirmed", "reported", "unconfirmed", "disputed"]);

export const sourceSchema = z.strictObject({
  id: sourceId,
  publisher: text(200),
  title: text(400),
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
  date: isoDateSchema.optional(),
  quote: text(600),
  grade: z.enum(["A", "B", "C"]),
  /** The fact id of research/facts.md the source backs; the built-in dataset gives one for every source. */
  fact: factIdSchema
    .optional()
    .describe(
      "The fact id of Liaison's fact sheet research/facts.md (G-06, J-03a); only the built-in dataset needs one.",
    ),
  status: z.enum(["confirmed", "reported", "unconfirmed"]),
  note: text().optional(),
});

export const topicSchema = z.strictObject({
  id: topicId,
  name: text(120),
  parent: topicId.optional(),
  description: text().optional(),
});

export const partySchema = z.strictObject({
  id: partyIdSchema,
  kind: z.enum(["state", "organisation"]),
  name: text(200),
  shortName: text(60).optional(),
  /** Organisations have no country of their own: where to draw them on the map. */
  seat: partyIdSchema.optional(),
  note: text().optional(),
  sources: z.array(sourceId).min(1, "must cite at least one source"),
});

export const eventTypeSchema = z.enum([
  "proposed",
  "postponed",
  "signed",
  "in-force",
  "renewed",
  "termination-notified",
  "termination-suspended",
  "terminated",
  "restored",
]);

export const agreementEventSchema = z.strictObject({
  type: eventTypeSchema,
  date: isoDateSchema,
  /** For termination-notified: the date the termination would take effect. */
  effective: isoDateSchema.optional(),
  /** The event applies to these members only (a later accession); by default to the whole agreement. */
  parties: z.array(partyIdSchema).min(1).optional(),
  certainty: certaintySchema.default("confirmed"),
  note: text().optional(),
  sources: z.array(sourceId).min(1, "must cite at least one source"),
});

export const agreementKindSchema = z.enum([
  "security-agreement",
  "arrangement",
  "technical-mechanism",
  "multilateral-agreement",
  "forum",
]);

export const agreementSchema = z.strictObject({
  id: agreementId,
  /** Common name, e.g. "Japan–ROK GSOMIA", "TISA". */
  name: text(120),
  fullName: text(400).optional(),
  kind: agreementKindSchema,
  legalNature: z.enum(["binding", "non-binding", "unknown"]),
  shape: z.enum(["bilateral", "all-to-all", "hub-and-spoke"]),
  parties: z.array(partyIdSchema).min(2, "an agreement needs at least two parties"),
  hub: partyIdSchema.optional(),
  /** Whether the hub may pass information on between spokes, and on what condition. */
  relay: z
    .strictObject({
      condition: z.enum(["originator-approval", "none"]),
      note: text().optional(),
    })
    .optional(),
  scope: z.array(topicId).min(1, "must name at least one topic (use 'any')"),
  note: text().optional(),
  timeline: z.array(agreementEventSchema).min(1, "must have at least one dated event"),
  sources: z.array(sourceId).min(1, "must cite at least one source"),
});

export const policySchema = z.strictObject({
  id: policyId,
  /** The sender whose own limit this is. */
  party: partyIdSchema,
  receiver: partyIdSchema,
  /** Limit applies under this agreement only; absent means under every agreement. */
  agreement: agreementId.optional(),
  /** Topics the sender still sends; everything else is held back. */
  allow: z.array(topicId).min(1).optional(),
  /** Topics the sender holds back. */
  deny: z.array(topicId).min(1).optional(),
  from: isoDateSchema,
  to: isoDateSchema.optional(),
  status: z.enum(["official", "reported"]),
  note: text().optional(),
  sources: z.array(sourceId).min(1, "must cite at least one source"),
});

export const incidentSchema = z.strictObject({
  id: incidentId,
  date: isoDateSchema,
  title: text(200),
  parties: z.array(partyIdSchema).min(1),
  note: text().optional(),
  sources: z.array(sourceId).min(1, "must cite at least one source"),
});

export const discrepancySchema = z.strictObject({
  id: discrepancyId,
  /** The discrepancy id of the fact sheet, e.g. D-01. */
  ref: z
    .string()
    .regex(/^D-\d{2}$/, "must name a discrepancy of the fact sheet (research/facts.md), such as D-01"),
  title: text(200),
  description: text(),
  sources: z.array(sourceId).min(1, "must cite at least one source"),
});

/**
 * How much of one party's agreement list a dataset holds, as of a date (DESIGN.md "Coverage"). `complete`: every
 * agreement an official list names is in the dataset; `partial`: fewer, with the total an official count gives
 * where one exists. A party without an entry is not covered: the dataset makes no claim about its list.
 */
export const coverageSchema = z
  .strictObject({
    party: partyIdSchema,
    status: z.enum(["complete", "partial"]),
    /** The number of partners (or agreements) an official count gives for the party; say which in `note`. */
    officialTotal: z.number().int().positive().optional(),
    /** The day the claim holds for: the date of the newest list or count it rests on. */
    asOf: isoDateSchema,
    note: text().optional(),
    sources: z.array(sourceId).min(1, "must cite at least one source"),
  })
  .describe(
    "How much of one party's agreement list the dataset holds, as of a date: complete (every agreement an official list names) or partial. A party without a claim is not covered.",
  );

/** One dataset file. Every section is optional so a dataset can be split across a folder. */
export const datasetFileSchema = z.strictObject({
  $schema: z.string().optional(),
  title: text(200).optional(),
  description: text().optional(),
  sources: z.array(sourceSchema).optional(),
  topics: z.array(topicSchema).optional(),
  parties: z.array(partySchema).optional(),
  agreements: z.array(agreementSchema).optional(),
  policies: z.array(policySchema).optional(),
  incidents: z.array(incidentSchema).optional(),
  discrepancies: z.array(discrepancySchema).optional(),
  coverage: z.array(coverageSchema).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Party = z.infer<typeof partySchema>;
export type AgreementEvent = z.infer<typeof agreementEventSchema>;
export type EventType = z.infer<typeof eventTypeSchema>;
export type AgreementKind = z.infer<typeof agreementKindSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type Policy = z.infer<typeof policySchema>;
export type Incident = z.infer<typeof incidentSchema>;
export type Discrepancy = z.infer<typeof discrepancySchema>;
export type Certainty = z.infer<typeof certaintySchema>;
export type Coverage = z.infer<typeof coverageSchema>;
export type DatasetFile = z.infer<typeof datasetFileSchema>;

/** A whole dataset: the merge of its files, every section present. */
export interface Dataset {
  title: string;
  description?: string;
  sources: Source[];
  topics: Topic[];
  parties: Party[];
  agreements: Agreement[];
  policies: Policy[];
  incidents: Incident[];
  discrepancies: Discrepancy[];
  /** Per-party coverage claims; absent or empty when the dataset makes none. */
  coverage?: Coverage[];
}
