// Loaded first by page.html (a same-origin file, as the policy allows): every CSP or Trusted
// Types violation on the page lands in window.__violations for test/csp.test.ts to read.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push({
    directive: event.effectiveDirective || event.violatedDirective,
    blocked: String(event.blockedURI),
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}`,
  });
});
