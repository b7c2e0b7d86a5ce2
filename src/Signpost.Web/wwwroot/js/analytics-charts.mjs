// Draws the analytics dashboards' charts with Chart.js (served from /lib/chart.js). Each .signpost-chart names
// the JSON it reads (data-chart-src), the array in it (data-chart-rows), the label field and the value fields.
// The figures are always also in a table on the page; without JavaScript only the tables show.
const colours = ["#005eb8", "#ed8b00", "#007f3b", "#7c2855", "#425563", "#ffb81c"];
const responses = new Map();

function load(src) {
  if (!responses.has(src)) {
    responses.set(src, fetch(src, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status} from ${src}`)))));
  }
  return responses.get(src);
}

function draw(container, data) {
  const rows = data[container.dataset.chartRows] ?? [];
  const percent = container.dataset.chartPercent === "true";
  const fields = container.dataset.chartFields.split(",");
  const names = container.dataset.chartSeriesLabels.split("|");
  const labels = rows.map((row) => row[container.dataset.chartLabelField]);
  const datasets = fields.map((field, i) => ({
    label: names[i],
    data: rows.map((row) => (row[field] === null ? null : percent ? row[field] * 100 : row[field])),
    borderColor: colours[i % colours.length],
    backgroundColor: colours[i % colours.length],
    tension: 0.1,
  }));
  container.classList.add("signpost-chart--drawn");
  const format = (value) => (percent ? `${value.toFixed(1)}%` : value.toLocaleString("en-GB"));
  new window.Chart(container.querySelector("canvas"), {
    type: container.dataset.chartType,
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: datasets.length > 1 },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${format(c.parsed.y)}` } },
      },
      scales: { y: { beginAtZero: !percent, ticks: { callback: (v) => format(v) } } },
    },
  });
}

if (window.Chart) {
  for (const container of document.querySelectorAll(".signpost-chart[data-chart-src]")) {
    load(container.dataset.chartSrc)
      .then((data) => draw(container, data))
      .catch(() => container.classList.add("signpost-chart--failed"));
  }
}
