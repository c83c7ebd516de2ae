export type ValidationError = {
  /** Where, as `ties[3].quotes[0].speaker`; `(root)` for the file as a whole. */
  path: string;
  message: string;
};

export function formatValidationError(error: ValidationError): string {
  return `${error.path}: ${error.message}`;
}
