// The national dashboard, live: when the server says the picture changed (Server-Sent Events),
// fetch the figures again and say so, without reloading the page or moving the reader's focus.
(function () {
  "use strict";
  if (!window.EventSource) {
    return;
  }
  var live = document.getElementById("live");
  if (!live) {
    return;
  }
  var pending = null;
  var source = new EventSource(live.dataset.streamUrl);

  function refresh() {
    pending = null;
    var live = document.getElementById("live");
    if (!live || !window.htmx) {
      return;
    }
    var focused = document.activeElement && document.activeElement.id;
    window.htmx.ajax("GET", live.dataset.liveUrl, { target: "#live", swap: "outerHTML" }).then(function () {
      var cue = document.querySelector("#live .updated");
      if (cue) {
        var now = new Date();
        cue.textContent = cue.dataset.updatedText + " " + now.toLocaleTimeString("sv-SE", { timeZone: "Europe/Stockholm" });
        cue.classList.add("flash");
      }
      if (focused && document.getElementById(focused)) {
        document.getElementById(focused).focus();
      }
    });
  }

  source.addEventListener("picture", function () {
    // several reports in a burst: one refresh
    if (pending === null) {
      pending = window.setTimeout(refresh, 250);
    }
  });
})();
