(function () {
  var params = new URLSearchParams(location.search);
  var width = Number(params.get("width")) || 640;
  document.write('<div style="width:' + width + 'px">' + (params.get("snippet") || "") + "</div>");
})();
