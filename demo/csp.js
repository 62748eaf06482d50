// Counts Content-Security-Policy violations on the CSP demo page (csp.html) and shows them,
// so a deployer can see at a glance that the widget needs nothing the policy forbids.
// A classic script placed first in <head>: it listens before any other script runs.
(() => {
  const violations = [];
  const show = () => {
    const report = document.getElementById('csp-report');
    if (report && violations.length > 0) report.textContent = `${violations.length} violation(s) : ${violations.join(' ; ')}`;
  };
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.effectiveDirective} ${event.blockedURI || 'inline'}`);
    show();
  });
  document.addEventListener('DOMContentLoaded', show);
})();
