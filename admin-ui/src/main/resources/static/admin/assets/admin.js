/*
 * Back office behaviour shared by every page, without inline scripts (the CSP forbids them):
 * htmx requests carry the CSRF token; buttons with data-confirm ask first.
 */
(() => {
  'use strict';
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;

  document.addEventListener('htmx:configRequest', (event) => {
    const header = meta('csrf-header');
    const token = meta('csrf-token');
    if (header && token) event.detail.headers[header] = token;
  });

  document.addEventListener('htmx:confirm', (event) => {
    const question = event.target.closest('[data-confirm]')?.dataset.confirm;
    if (!question) return;
    event.preventDefault();
    if (window.confirm(question)) event.detail.issueRequest(true);
  });

  document.addEventListener('submit', (event) => {
    const question = event.target.dataset?.confirm;
    if (question && !window.confirm(question)) event.preventDefault();
  });

  // An htmx error keeps the page as it was and says so where the page asked (aria-live region).
  document.addEventListener('htmx:responseError', (event) => {
    const target = document.getElementById('page-error');
    if (!target) return;
    let message = target.dataset.default || 'Something went wrong.';
    try { message = JSON.parse(event.detail.xhr.responseText).message || message; } catch { /* not JSON */ }
    target.textContent = message;
  });
})();
