/*
 * Latticework's published page, before its first paint (a classic script in the head, so it runs
 * before the body is drawn, and a file, so a Content-Security-Policy of script-src 'self' allows it).
 * The page holds its default state, prerendered light. From the address it sets:
 *  - the theme the live graphic will use (?theme=, or the reader's system for "auto"), so that the
 *    picture is not drawn light and then turned dark;
 *  - `is-deep-link` when the address asks for another state than the prerendered one (another view
 *    or scenario, a tie or node, a dataset, the page as an embed): the prerendered picture then stays
 *    hidden, its place kept, until the live graphic replaces it (src/publish/RevealOnCommit.tsx),
 *    rather than showing the default and jumping.
 * Without JavaScript none of this runs, and the default state shows.
 */
(function () {
  "use strict";
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  var theme = params.get("theme");
  if (theme !== "light" && theme !== "dark")
    theme = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  root.setAttribute("data-theme", theme);

  var shown = new URLSearchParams(root.getAttribute("data-prerendered") || "");
  var differs = function (key) {
    var value = params.get(key);
    return value !== null && value !== "" && value !== shown.get(key);
  };
  var embed = params.get("embed") === "1";
  if (
    differs("view") ||
    differs("scenario") ||
    params.get("tie") ||
    params.get("node") ||
    params.has("data") ||
    embed !== root.classList.contains("is-embed")
  )
    root.classList.add("is-deep-link");
})();
