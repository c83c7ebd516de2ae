/*!
 * Latticework embed.js: sizes embedded Latticework graphics and lets the page drive them.
 * No dependencies. Works for any number of graphics on a page.
 *
 *   <iframe src="https://…/latticework/?embed=1" title="…" data-latticework width="100%" height="720"
 *           style="border:0;width:100%" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>
 *   <script src="https://…/latticework/embed.js" defer></script>
 *
 * For every <iframe data-latticework> (present now or added later: each message is matched to its
 * frame when it arrives), this script
 *   - sets the iframe's height from the graphic's { type: "latticework:resize", height } messages,
 *     taking only messages whose event.source is that iframe's own window, and only finite heights
 *     from 100 to 10,000 px. event.origin is not used: a sandboxed graphic's origin is "null", and
 *     the frame a message comes from is what identifies it;
 *   - before the graphic first reports, reserves the height measured at the frame's width where the
 *     snippet gives one per width (data-latticework-heights="360:1207 640:1110 1280:980", as the
 *     Embed dialog writes it): between two measured widths, interpolated; outside them, the
 *     nearest; so the article does not jump when the graphic loads;
 *   - dispatches each { type: "latticework:state", view, scenario, tie, node } message as a
 *     "latticework:state" event on the iframe element, its detail { view, scenario, tie, node }:
 *       iframe.addEventListener("latticework:state", (e) => console.log(e.detail.view));
 *
 * API, on window.Latticework (and, where no page can shadow it, on window[Symbol.for("latticework.embed")]):
 *   Latticework.set(iframe, { view, scenario, tie, node })   every field optional
 *       Asks the graphic to show that state, animated as if the reader had clicked: view "hub" or
 *       "lattice"; a scenario id; a tie or node id to select, or null to clear the selection. The
 *       graphic checks everything and ignores a request with any wrong value. A request made before
 *       the graphic has loaded is kept (the latest, merged) and sent again when it first reports.
 *   Latticework.state(iframe)
 *       The last state the graphic reported, or null before it has.
 *
 * On start it asks each graphic already on the page to report (an empty "latticework:set"), so
 * a graphic that loaded before this script still gets sized. Requests made while an iframe is
 * reloading (its src changed after it first reported) may be lost: send them again on its next
 * "latticework:state" event.
 */
(function () {
  "use strict";
  // The script's own mark, under a key no element can take: with <h2 id="Latticework"> on the
  // page, window.Latticework is that element (named access), so a check of it would switch this
  // script off. A second copy of the script, though, finds the first here and leaves it be.
  var KEY = typeof Symbol === "function" ? Symbol.for("latticework.embed") : "__latticeworkEmbed";
  var VERSION = 2;
  if (typeof window[KEY] === "object" && window[KEY] !== null && window[KEY].version) return;

  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 10000;
  var FIELDS = ["view", "scenario", "tie", "node"];
  /** Per iframe: whether its graphic has spoken, a request waiting for it, its last state. */
  var records = new WeakMap();

  function recordOf(iframe) {
    var record = records.get(iframe);
    if (!record) {
      record = { heard: false, pending: null, state: null };
      records.set(iframe, record);
    }
    return record;
  }

  function frameOf(source) {
    if (!source) return null;
    var frames = document.querySelectorAll("iframe[data-latticework]");
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  /** The reserved height for an iframe's current width, from data-latticework-heights, or null. */
  function reservedHeight(iframe) {
    var spec = iframe.getAttribute("data-latticework-heights");
    if (!spec) return null;
    var width = iframe.getBoundingClientRect().width;
    var measured = [];
    spec.split(/\s+/).forEach(function (pair) {
      var parts = pair.split(":");
      var w = Number(parts[0]);
      var h = Number(parts[1]);
      if (parts.length === 2 && isFinite(w) && w > 0 && isFinite(h) && h >= MIN_HEIGHT && h <= MAX_HEIGHT) measured.push([w, h]);
    });
    if (measured.length === 0) return null;
    measured.sort(function (a, b) {
      return a[0] - b[0];
    });
    // Between two measured widths, the line between their heights (text rewraps gradually as a
    // column widens); outside them, the nearest one.
    if (width <= measured[0][0]) return measured[0][1];
    for (var i = 1; i < measured.length; i++) {
      var lo = measured[i - 1];
      var hi = measured[i];
      if (width <= hi[0]) return lo[1] + ((hi[1] - lo[1]) * (width - lo[0])) / (hi[0] - lo[0]);
    }
    return measured[measured.length - 1][1];
  }

  /** Reserves each not yet reporting graphic's height for its width (again when the page reflows). */
  function reserveHeights() {
    var frames = document.querySelectorAll("iframe[data-latticework]");
    for (var i = 0; i < frames.length; i++) {
      if (recordOf(frames[i]).heard) continue;
      var height = reservedHeight(frames[i]);
      if (height !== null) frames[i].style.height = Math.ceil(height) + "px";
    }
  }

  function post(iframe, fields) {
    var message = { type: "latticework:set" };
    for (var key in fields) message[key] = fields[key];
    if (iframe.contentWindow) iframe.contentWindow.postMessage(message, "*");
  }

  function textOrNull(value) {
    return typeof value === "string" ? value : null;
  }

  window.addEventListener("message", function (event) {
    var iframe = frameOf(event.source);
    var data = event.data;
    if (!iframe || typeof data !== "object" || data === null) return;
    var record = recordOf(iframe);
    if (data.type === "latticework:resize") {
      var height = data.height;
      if (typeof height !== "number" || !isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return;
      iframe.style.height = Math.ceil(height) + "px";
    } else if (data.type === "latticework:state") {
      record.state = {
        view: textOrNull(data.view),
        scenario: textOrNull(data.scenario),
        tie: textOrNull(data.tie),
        node: textOrNull(data.node),
      };
      var detail = {};
      for (var key in record.state) detail[key] = record.state[key];
      iframe.dispatchEvent(new CustomEvent("latticework:state", { detail: detail }));
    } else return;
    if (!record.heard) {
      record.heard = true;
      if (record.pending) post(iframe, record.pending);
      record.pending = null;
    }
  });

  function set(iframe, state) {
    if (!(iframe instanceof HTMLIFrameElement) || typeof state !== "object" || state === null) return;
    var fields = {};
    FIELDS.forEach(function (key) {
      if (Object.prototype.hasOwnProperty.call(state, key)) fields[key] = state[key];
    });
    var record = recordOf(iframe);
    // Sent now in case the graphic is listening already; kept until it is heard from, in case not.
    post(iframe, fields);
    if (!record.heard) {
      var pending = record.pending || {};
      // One selection at a time: a newer tie or node replaces the older one, whichever it was.
      if ("tie" in fields || "node" in fields) {
        delete pending.tie;
        delete pending.node;
      }
      for (var key in fields) pending[key] = fields[key];
      record.pending = pending;
    }
  }

  function state(iframe) {
    var record = records.get(iframe);
    return record && record.state ? Object.assign({}, record.state) : null;
  }

  var api = { version: VERSION, set: set, state: state };
  window[KEY] = api;
  // An own property of the window shadows any element of that id, as a global variable would.
  window.Latticework = api;

  reserveHeights();
  window.addEventListener("resize", reserveHeights);
  var frames = document.querySelectorAll("iframe[data-latticework]");
  for (var i = 0; i < frames.length; i++) post(frames[i], {});
})();
