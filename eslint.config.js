import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Text from data is always text: nothing in this codebase may write markup from a string, or run one. */
const textStaysText = {
  "no-restricted-properties": [
    "error",
    { property: "innerHTML", message: "Data must stay text: use textContent or React children." },
    { property: "outerHTML", message: "Data must stay text: use textContent or React children." },
    { property: "insertAdjacentHTML", message: "Data must stay text." },
    { object: "document", property: "write", message: "Data must stay text." },
    { object: "document", property: "writeln", message: "Data must stay text." },
  ],
  "no-restricted-syntax": [
    "error",
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Data must stay text: no dangerouslySetInnerHTML." },
    { selector: "NewExpression[callee.name='Function']", message: "No new Function: the app runs under script-src 'self'." },
  ],
  // Function("…") without `new` compiles a string just the same.
  "no-new-func": "error",
  "no-eval": "error",
  "no-implied-eval": "error",
};

export default tseslint.config(
  { ignores: ["dist", "coverage", "node_modules"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/consistent-type-imports": "error",
      ...textStaysText,
    },
  },
  {
    files: ["public/**/*.js", "tests/browser/hosts/**/*.js"],
    languageOptions: { globals: globals.browser, sourceType: "script" },
  },
  {
    // The scripts a host page loads keep to the same rules as the app.
    files: ["public/**/*.js"],
    rules: textStaysText,
  },
);
