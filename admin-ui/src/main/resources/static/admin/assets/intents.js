/*
 * Intents pages: a refusal (400, 409) comes back as the changed part with its reason; show it in place
 * instead of keeping the old part (htmx leaves error responses unswapped by default).
 */
(() => {
  'use strict';
  document.addEventListener('htmx:beforeSwap', (event) => {
    const status = event.detail.xhr.status;
    const target = event.detail.target;
    if ((status === 400 || status === 409) && target && target.closest('[data-swap-refusals]')) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
})();
