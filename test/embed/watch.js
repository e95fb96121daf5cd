// Loaded first by the embed test page, and by the authoring page when the tests ask for it (a
// same-origin script, as their CSP allows): records every Content-Security-Policy violation, console
// error and uncaught error from the start, for the test to read, and each talks-load detail.
window.violations = [];
window.errors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
});
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.errors.push(args.map(String).join(' '));
  consoleError(...args);
};
window.addEventListener('error', (e) => window.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.errors.push(String(e.reason)));
// …and what each timeline reported when it had drawn its data (talks-load bubbles to the document).
window.loads = [];
document.addEventListener('talks-load', (e) => window.loads.push(e.detail));
