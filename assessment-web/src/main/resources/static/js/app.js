import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

initAll();
document.body.addEventListener('htmx:afterSettle', (event) => initAll({ scope: event.detail.elt }));
