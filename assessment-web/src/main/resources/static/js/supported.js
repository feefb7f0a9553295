// GOV.UK Frontend styles its JavaScript-enhanced components only when the body says the browser can run them.
document.body.className += ' govuk-frontend-supported' + ('noModule' in HTMLScriptElement.prototype ? '' : ' no-module');
