// Citations as people read them: grade, publisher and link, and in full with title, date, fact id and quote.
import type { Model, Source } from "../../model";

const GRADE_WORDS = { A: "official", B: "major press", C: "other" } as const;

export function Grade({ grade }: { grade: "A" | "B" | "C" }) {
  return (
    <span className={`grade grade-${grade}`} title={`Grade ${grade}: ${GRADE_WORDS[grade]}`}>
      {grade}
    </span>
  );
}

/** Grade and publisher, the publisher linking to the source. */
export function SourceLink(props: { grade: "A" | "B" | "C"; publisher: string; title: string; url: string }) {
  return (
    <span className="source-link">
      <Grade grade={props.grade} />{" "}
      <a href={props.url} target="_blank" rel="noopener noreferrer" title={props.title}>
        {props.publisher}
      </a>
    </span>
  );
}

/** One source in full: grade, publisher, linked title, date, fact id, status and quote. */
export function SourceCitation({ source }: { source: Source }) {
  return (
    <div className="citation">
      <div>
        <Grade grade={source.grade} /> <span className="publisher">{source.publisher}</span>,{" "}
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
        {source.date ? ` (${source.date})` : ""} <span className="fact">{source.fact}</span>
        {source.status !== "confirmed" ? <span className="tag warning">{source.status}</span> : null}
      </div>
      <blockquote>“{source.quote}”</blockquote>
      {source.note ? <p className="note">{source.note}</p> : null}
    </div>
  );
}

/** The sources named by `ids`, in full; unknown ids are listed as such. Nothing for an empty list. */
export function SourceList({ model, ids }: { model: Model; ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <ul className="sources">
      {ids.map((id) => {
        const source = model.sources.get(id);
        return <li key={id}>{source ? <SourceCitation source={source} /> : `Unknown source ${id}`}</li>;
      })}
    </ul>
  );
}
