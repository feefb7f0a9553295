// Draws the dashboard's charts from each canvas's data-chart attribute (the CSP allows no inline script).
// Every figure drawn is also in a table beside the chart, so nothing depends on this script.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') { return; }
  var NHS_BLUE = '#005eb8', GREEN = '#007f3b', RED = '#d5281b', GREY = '#4c6272';
  var PALETTE = ['#005eb8', '#330072', '#007f3b', '#7c2855', '#d5281b', '#ed8b00', '#00a499'];
  var OUTCOME = { met: GREEN, missed: RED, due: GREY };

  function target(data) {
    return {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: [
          { label: 'Percentage at quarter end', data: data.percent, borderColor: NHS_BLUE, backgroundColor: NHS_BLUE,
            spanGaps: true, tension: 0 },
          { label: 'Milestone threshold (green met, red missed, grey to come)', data: data.threshold, showLine: false,
            pointStyle: 'triangle', pointRadius: 8,
            pointBackgroundColor: data.outcome.map(function (o) { return OUTCOME[o] || GREY; }),
            borderColor: GREY, backgroundColor: GREY }
        ]
      },
      options: { animation: false, maintainAspectRatio: false,
        scales: { y: { min: 0, max: 100, title: { display: true, text: 'per cent' } } } }
    };
  }

  function trajectory(data) {
    var datasets = [];
    data.measures.forEach(function (m, i) {
      var colour = PALETTE[i % PALETTE.length];
      datasets.push({ label: m.measure, data: m.scores, borderColor: colour, backgroundColor: colour, tension: 0 });
      if (m.trend) {
        datasets.push({ label: m.measure + ' trend', data: m.trend, borderColor: colour, borderDash: [6, 4],
          pointRadius: 0, borderWidth: 1 });
      }
    });
    if (data.coreMinimum !== null) {
      datasets.push({ label: 'Core minimum', data: data.labels.map(function () { return data.coreMinimum; }),
        borderColor: RED, borderWidth: 2, pointRadius: 0 });
    }
    return { type: 'line', data: { labels: data.labels, datasets: datasets },
      options: { animation: false, maintainAspectRatio: false,
        scales: { y: { min: 1, max: 5, title: { display: true, text: 'score' } } } } };
  }

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    new Chart(canvas, data.kind === 'trajectory' ? trajectory(data) : target(data));
  });
}());
