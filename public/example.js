/*
 * The worked example's scrollytelling: each .step names a state in data-view, data-scenario and
 * data-tie (empty: nothing selected). When a step crosses a band of the screen, the graphic is
 * asked to show it, through embed.js's Latticework.set, found under the key embed.js keeps it by
 * (Symbol.for("latticework.embed")): never through the name, which a page element can shadow. A classic script with no inline code, so
 * the page also runs under a Content-Security-Policy of script-src 'self'.
 */
(function () {
  "use strict";
  var graphic = document.getElementById("graphic");
  var steps = Array.prototype.slice.call(document.querySelectorAll(".step"));
  var latticework = typeof Symbol === "function" ? window[Symbol.for("latticework.embed")] : window.__latticeworkEmbed;
  var usable = typeof latticework === "object" && latticework !== null && typeof latticework.set === "function";
  // <iframe id="graphic"> is what this page drives; an element of another kind by that id is not.
  if (!(graphic instanceof HTMLIFrameElement) || !usable || !("IntersectionObserver" in window)) return;

  function show(step) {
    steps.forEach(function (other) {
      other.classList.toggle("is-active", other === step);
    });
    latticework.set(graphic, {
      view: step.getAttribute("data-view"),
      scenario: step.getAttribute("data-scenario"),
      tie: step.getAttribute("data-tie") || null,
    });
  }

  // A band across the screen: a step is current while it crosses it. Beside the graphic (a wide
  // screen, example.css), the middle; under it (narrower), low down, below the graphic's top three
  // quarters, where the steps are read. Chosen at load: a page turned on its side keeps its band.
  var beside = window.matchMedia("(min-width: 1100px)").matches;
  var observer = new IntersectionObserver(
    function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) show(entry.target);
      });
    },
    { rootMargin: beside ? "-45% 0px -45% 0px" : "-76% 0px -12% 0px" },
  );
  steps.forEach(function (step) {
    observer.observe(step);
  });
})();
