// Draws a scenario run's charts with Chart.js from the JSON the page carries: per care level the
// occupied beds (median, with the P10–P90 band in stochastic runs) against the capacity, overflow as
// red bars and the days surge levels came into force as triangles. On the comparison page
// (#scenario-compare-data) runs A and B share each chart.
(function () {
  "use strict";
  if (!window.Chart) {
    return;
  }
  var single = document.getElementById("scenario-chart-data");
  var compare = document.getElementById("scenario-compare-data");
  var source = single || compare;
  if (!source) {
    return;
  }
  var labels = source.dataset;
  var charts = JSON.parse(source.textContent);
  var blue = "#1f5f8b";
  var orange = "#8b4a00";
  var dark = "#222222";
  var red = "#b00020";

  function line(label, data, colour, extra) {
    var set = { type: "line", label: label, data: data, borderColor: colour, backgroundColor: colour,
                pointRadius: 0, borderWidth: 2 };
    Object.keys(extra || {}).forEach(function (key) { set[key] = extra[key]; });
    return set;
  }

  function bars(label, data, colour) {
    return { type: "bar", label: label, data: data, backgroundColor: colour, borderColor: colour };
  }

  charts.forEach(function (chart, i) {
    var canvas = document.getElementById("chart-" + i);
    if (!canvas) {
      return;
    }
    var days = chart.days.map(String);
    var datasets;
    if (single) {
      datasets = [
        line(labels.capacity, chart.capacity, dark, { stepped: true }),
        line(labels.occupied, chart.occupied, blue)
      ];
      if (chart.occupiedP10) {
        datasets.push(line(labels.band + " P10", chart.occupiedP10, "rgba(31,95,139,0.35)", { borderWidth: 1 }));
        datasets.push(line(labels.band + " P90", chart.occupiedP90, "rgba(31,95,139,0.35)",
                           { borderWidth: 1, fill: "-1", backgroundColor: "rgba(31,95,139,0.12)" }));
      }
      datasets.push(bars(labels.overflow, chart.overflow, red));
      datasets.push({ type: "line", label: labels.surge, showLine: false, pointStyle: "triangle", pointRadius: 8,
                      borderColor: orange, backgroundColor: orange,
                      data: chart.surge.map(function (s) { return { x: String(s.day), y: s.capacity, level: s.level }; }) });
    } else {
      datasets = [
        line(labels.capacity + " A", chart.capacityA, dark, { stepped: true }),
        line(labels.occupied + " A", chart.occupiedA, blue),
        bars(labels.overflow + " A", chart.overflowA, red),
        line(labels.capacity + " B", chart.capacityB, "#555555", { stepped: true, borderDash: [6, 4] }),
        line(labels.occupied + " B", chart.occupiedB, orange, { borderDash: [6, 4] }),
        bars(labels.overflow + " B", chart.overflowB, "#e07a8a")
      ];
    }
    new window.Chart(canvas, {
      data: { labels: days, datasets: datasets },
      options: {
        animation: false,
        interaction: { mode: "index", intersect: false },
        scales: { x: { title: { display: true, text: labels.day } }, y: { beginAtZero: true } },
        plugins: {
          tooltip: {
            callbacks: {
              afterLabel: function (item) {
                return item.raw && item.raw.level ? item.raw.level : "";
              }
            }
          }
        }
      }
    });
  });
})();
