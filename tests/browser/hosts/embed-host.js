/*
 * A host page on a second origin. Query: app (the graphic's URL), widths (comma-separated, one
 * sandboxed iframe each), query (extra parameters for the embed), intruder (add a frame that is
 * not a graphic), manual (load embed.js only when the test calls loadEmbedScript()), clobber (elements
 * with id="Latticework" before the script, which named access puts on window). Everything the host
 * hears is recorded in window.heard, for the tests to read.
 */
(function () {
  "use strict";
  var params = new URLSearchParams(location.search);
  var app = new URL(params.get("app"));
  var widths = (params.get("widths") || "640").split(",").map(Number);
  var extra = new URLSearchParams(params.get("query") || "");
  var holder = document.getElementById("frames");
  if (params.get("clobber")) {
    var heading = document.createElement("h2");
    heading.id = "Latticework";
    heading.textContent = "Latticework, a section of this article";
    var anchor = document.createElement("a");
    anchor.name = "Latticework";
    document.body.insertBefore(anchor, holder);
    document.body.insertBefore(heading, holder);
  }
  var frames = [];
  window.heard = [];
  window.stateEvents = [];

  widths.forEach(function (width, index) {
    var src = new URL(app);
    src.searchParams.set("embed", "1");
    extra.forEach(function (value, key) {
      src.searchParams.set(key, value);
    });
    var iframe = document.createElement("iframe");
    iframe.src = src.href;
    iframe.title = "Graphic " + index;
    iframe.name = "graphic-" + index;
    iframe.setAttribute("data-latticework", "");
    iframe.setAttribute("sandbox", "allow-scripts");
    iframe.setAttribute("height", "300");
    iframe.style.cssText = "display:block;border:0;width:" + width + "px";
    iframe.addEventListener("latticework:state", function (event) {
      window.stateEvents.push({ frame: index, detail: event.detail });
    });
    holder.append(iframe);
    frames.push(iframe);
  });

  if (params.get("intruder")) {
    var intruder = document.createElement("iframe");
    intruder.name = "intruder";
    intruder.title = "An advertisement";
    intruder.setAttribute("sandbox", "allow-scripts");
    intruder.srcdoc = "<p>An advertisement</p>";
    intruder.style.cssText = "display:block;border:0;width:300px;height:120px";
    holder.append(intruder);
  }

  window.addEventListener("message", function (event) {
    var frame = frames.findIndex(function (f) {
      return f.contentWindow === event.source;
    });
    window.heard.push({ frame: frame, data: event.data });
  });

  function loadEmbedScript() {
    var script = document.createElement("script");
    script.src = new URL("embed.js", app).href;
    document.head.append(script);
  }

  if (params.get("manual")) window.loadEmbedScript = loadEmbedScript;
  else loadEmbedScript();
})();
