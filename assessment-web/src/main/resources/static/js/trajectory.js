// Draws the trajectory chart from the canvas's data attributes; the same figures are in the table beside it.
const canvas = document.getElementById('trajectory-chart');
if (canvas && window.Chart) {
  const list = (name) => (canvas.dataset[name] || '').split(',').filter((v) => v !== '');
  const years = list('years');
  const minimum = Number(canvas.dataset.minimum);
  new window.Chart(canvas, {
    type: 'line',
    data: {
      labels: years,
      datasets: [
        { label: 'Overall score', data: list('overall').map(Number), borderColor: '#005eb8', backgroundColor: '#005eb8' },
        { label: 'Core minimum', data: years.map(() => minimum), borderColor: '#d5281b', borderDash: [6, 4], pointRadius: 0 }
      ]
    },
    options: { animation: false, maintainAspectRatio: false, scales: { y: { min: 0, max: 5 } } }
  });
}
