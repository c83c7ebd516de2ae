import { useId } from "react";

type Option<T extends string> = { value: T; label: string };
type Props<T extends string> = {
  name: string;
  label: string;
  options: readonly Option<T>[];
  value: T;
  onChange: (value: T) => void;
};

/**
 * A segmented control made of native radios, so arrow keys, forms and screen readers behave as
 * they do everywhere; the group carries the role and name the contract names ("View", "Scenario").
 */
export function RadioGroup<T extends string>({ name, label, options, value, onChange }: Props<T>) {
  const id = useId();
  return (
    <div className="segmented" role="radiogroup" aria-labelledby={`${id}-label`}>
      <span className="segmented__label" id={`${id}-label`}>
        {label}
      </span>
      <div className="segmented__options">
        {options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input
              type="radio"
              name={`${name}-${id}`}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
