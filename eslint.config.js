import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

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
      // Text from data is always text: nothing in this codebase may write markup from a string.
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Data must stay text: use textContent or React children." },
        { property: "outerHTML", message: "Data must stay text: use textContent or React children." },
        { property: "insertAdjacentHTML", message: "Data must stay text." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Data must stay text: no dangerouslySetInnerHTML." },
        { selector: "NewExpression[callee.name='Function']", message: "No new Function: the app runs under script-src 'self'." },
      ],
      "no-eval": "error",
      "no-implied-eval": "error",
    },
  },
  {
    files: ["public/**/*.js", "tests/browser/hosts/**/*.js"],
    languageOptions: { globals: globals.browser, sourceType: "script" },
  },
);
