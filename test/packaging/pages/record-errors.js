// A classic script at the top of the CDN pages' <head>, before their module scripts: records every
// page error from the start, for report.js to send to the test.
window.pageErrors = [];
addEventListener('error', (e) => pageErrors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => pageErrors.push(String(e.reason)));
