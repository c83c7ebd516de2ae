import type { Dataset } from "../model/schema";
import { sourceCredit } from "../model/sourceCredit";

export function SourceCredit({ dataset, className = "credit" }: { dataset: Dataset; className?: string }) {
  const { source } = dataset.meta;
  return (
    <p className={className}>
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {sourceCredit(dataset)}
      </a>
    </p>
  );
}
