// A small valid dataset for import tests: two parties and one agreement in force since 2000, with the title given,
// in one file or split over four (a folder's files picked together).

const HEAD = (title: string) => [
  `title: ${JSON.stringify(title)}`,
  "sources:",
  "  - { id: s1, publisher: P, title: T, url: 'https://example.org/', quote: q, grade: A, fact: G-06, status: confirmed }",
  "topics:",
  "  - { id: any, name: Any topic }",
];
const PARTY = (id: string, name: string) => `  - { id: ${id}, kind: state, name: ${name}, sources: [s1] }`;
const AGREEMENTS = [
  "agreements:",
  "  - id: pact",
  "    name: Pact",
  "    kind: security-agreement",
  "    legalNature: binding",
  "    shape: bilateral",
  "    parties: [AAA, BBB]",
  "    scope: [any]",
  "    sources: [s1]",
  "    timeline: [{ type: in-force, date: 2000-01-01, sources: [s1] }]",
];

/** The dataset as one YAML file, or as four (title and sources, one party, the other party, the agreement). */
export function datasetFiles(
  title: string,
  count: 1 | 4 = 1,
): { name: string; mimeType: string; buffer: Buffer }[] {
  const files =
    count === 1
      ? [[...HEAD(title), "parties:", PARTY("AAA", "Alpha"), PARTY("BBB", "Bravo"), ...AGREEMENTS]]
      : [HEAD(title), ["parties:", PARTY("AAA", "Alpha")], ["parties:", PARTY("BBB", "Bravo")], AGREEMENTS];
  return files.map((lines, i) => ({
    name: `part-${i + 1}-with-a-rather-long-file-name.yaml`,
    mimeType: "text/yaml",
    buffer: Buffer.from(lines.join("\n")),
  }));
}
