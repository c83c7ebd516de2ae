import { useStore } from "zustand";
import { formatValidationError } from "../model/validationError";
import { reportProblem, type AppStore } from "../state/appStore";
import { listedCount } from "../model/countOf";

const shown = 50;

/** Why a dataset was refused, every error by its path; the graphic behind it is left as it was. */
export function DatasetAlert({ store }: { store: AppStore }) {
  const problem = useStore(store, (s) => s.problem);
  if (!problem) return null;
  const { errors } = problem;
  return (
    <div className="alert" role="alert" tabIndex={-1}>
      <div className="alert__head">
        <p className="alert__title">
          {problem.title}
          {errors.length > 1 ? ` (${errors.length} errors)` : ""}. The graphic shown has not changed.
        </p>
        <button type="button" className="alert__close" onClick={() => reportProblem(store, null)}>
          Dismiss
        </button>
      </div>
      <ul className="alert__errors">
        {errors.slice(0, listedCount(errors.length, shown)).map((error, k) => (
          <li key={k}>
            <code>{formatValidationError(error)}</code>
          </li>
        ))}
        {errors.length > listedCount(errors.length, shown) && <li>…and {errors.length - shown} more.</li>}
      </ul>
    </div>
  );
}
