// Loaded first by a test page: records every uncaught error and unhandled rejection from the start, for the test to read.
window.errors = [];
addEventListener('error', (e) => window.errors.push(String(e.error?.message ?? e.message)));
addEventListener('unhandledrejection', (e) => window.errors.push(String(e.reason?.message ?? e.reason)));
