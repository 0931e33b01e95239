// File names for exports that say what they hold: the query (or "dataset") and the As-of date.

export interface FileNameQuery {
  from?: string | null;
  to?: string | null;
  topic?: string | null;
  at?: string | null;
}

/** Keeps letters, digits, hyphens and dots; anything else becomes a hyphen (ids are safe already; this is a guard). */
const part = (value: string) =>
  value
    .replace(/[^A-Za-z0-9.-]+/g, "-")
    .replace(/^[.-]+|[.-]+$/g, "")
    .slice(0, 60);

/**
 * `liaison-KOR-JPN-nk-missile-2017-11-19.png` for a query, `liaison-dataset-2017-11-19.gexf` when from or to is
 * missing (data exports); parts that are absent are left out. `ext` may have a leading dot; one that is not a
 * short alphanumeric extension throws a RangeError.
 */
export function exportFileName(query: FileNameQuery, ext: string): string {
  const extension = ext.replace(/^\./, "").toLowerCase();
  if (!/^[a-z0-9]{1,10}$/.test(extension))
    throw new RangeError(`exportFileName: invalid extension ${JSON.stringify(ext)}`);
  const parts = ["liaison"];
  if (query.from && query.to) {
    parts.push(part(query.from), part(query.to));
    if (query.topic) parts.push(part(query.topic));
  } else parts.push("dataset");
  if (query.at) parts.push(part(query.at));
  return `${parts.filter(Boolean).join("-")}.${extension}`;
}
