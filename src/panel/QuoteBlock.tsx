import type { Dataset, Quote } from "../model/schema";
import { formatDate } from "../model/formatDate";

/** A quote with who said it and where it was published; reporting is credited to the publisher. */
export function QuoteBlock({ quote, dataset }: { quote: Quote; dataset: Dataset }) {
  const { source } = dataset.meta;
  return (
    <figure className={`quote${quote.speaker ? "" : " quote--reporting"}`}>
      <blockquote cite={source.url}>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        {quote.speaker && (
          <>
            <span className="quote__speaker">{quote.speaker}</span>
            {quote.affiliation && <span className="quote__affiliation">, {quote.affiliation}</span>}
            {quote.reported && <span className="quote__note"> (as reported, not a direct quote)</span>} in{" "}
          </>
        )}
        {/* The publication's own reporting is credited once: "The Japan Times, 25 June 2024". */}
        <span className={quote.speaker ? "quote__source" : "quote__source quote__speaker"}>
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.publisher}, {formatDate(source.date)}
          </a>
        </span>
      </figcaption>
    </figure>
  );
}
