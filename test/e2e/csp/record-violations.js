// Loaded first (a classic script, allowed by script-src 'self'): records every Content Security
// Policy and Trusted Types violation of the page for the test in test/e2e/csp.test.ts.
window.cspViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.cspViolations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile,
      line: event.lineNumber,
    });
  },
  true,
);
