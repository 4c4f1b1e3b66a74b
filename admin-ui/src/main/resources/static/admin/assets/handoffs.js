/*
 * Hand-offs page: after the event stream (re)connects, fetch what happened while it was down; a sent message
 * leaves the box (it comes back in the transcript through the stream); Ctrl+Enter sends; the transcript keeps
 * its newest line in view unless the counsellor scrolled up to read.
 */
(() => {
  'use strict';

  document.addEventListener('htmx:sseOpen', () => {
    for (const id of ['handoff-transcript', 'handoff-queue']) {
      const element = document.getElementById(id);
      if (element && window.htmx) window.htmx.trigger(element, 'refresh');
    }
  });

  document.addEventListener('htmx:afterRequest', (event) => {
    const form = event.target.closest?.('form.reply-form');
    if (!form || !event.detail.successful) return;
    form.reset();
    form.querySelector('textarea')?.focus();
    const error = document.getElementById('page-error');
    if (error) error.textContent = '';
  });

  document.addEventListener('keydown', (event) => {
    const box = event.target.closest?.('form.reply-form textarea');
    if (box && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      box.form.requestSubmit();
    }
  });

  let pinned = true;
  document.addEventListener('htmx:beforeSwap', (event) => {
    const log = event.detail.target;
    if (log?.id === 'handoff-transcript') pinned = log.scrollHeight - log.scrollTop - log.clientHeight < 48;
  });
  document.addEventListener('htmx:afterSwap', (event) => {
    const log = event.detail.target;
    if (log?.id === 'handoff-transcript' && pinned) log.scrollTop = log.scrollHeight;
  });
  const log = document.getElementById('handoff-transcript');
  if (log) log.scrollTop = log.scrollHeight;
})();
