document.write(new URLSearchParams(location.search).get("snippet") || "");
