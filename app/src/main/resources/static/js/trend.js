// Draws a region's or hospital's beds over the last 14 days with Chart.js, from the JSON the page
// carries (#trend-data): staffed beds as solid lines, occupied beds dashed.
(function () {
  "use strict";
  var data = document.getElementById("trend-data");
  var canvas = document.getElementById("trend-chart");
  if (!data || !canvas || !window.Chart) {
    return;
  }
  var trend = JSON.parse(data.textContent);
  var colours = ["#1f5f8b", "#8b3a1f", "#2f6b2f", "#6b2f6b", "#6b5a1f", "#1f6b66", "#444444"];
  var datasets = trend.datasets.map(function (set, i) {
    var colour = colours[Math.floor(i / 2) % colours.length];
    return {
      label: set.label,
      data: set.data,
      borderColor: colour,
      backgroundColor: colour,
      borderDash: set.occupied ? [6, 4] : [],
      pointRadius: 0,
      stepped: true
    };
  });
  new window.Chart(canvas, {
    type: "line",
    data: { labels: trend.labels, datasets: datasets },
    options: {
      animation: false,
      interaction: { mode: "index", intersect: false },
      scales: { y: { beginAtZero: true } }
    }
  });
})();
