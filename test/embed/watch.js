// Loaded first by the embed test page (a same-origin script, as its CSP allows): records every
// Content-Security-Policy violation from the start, for the test to read.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
});
