/*
 * Answers editor behaviour, without inline scripts (the CSP forbids them): workflow buttons with
 * data-confirm ask first, and leaving the editor with unsaved words asks too.
 */
(() => {
  'use strict';
  const form = document.getElementById('answer-form');
  let dirty = false;
  let saving = false;

  if (form) {
    form.addEventListener('input', () => { dirty = true; });
    form.addEventListener('submit', () => { saving = true; });
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-confirm]');
    if (!button) return;
    if (!window.confirm(button.dataset.confirm)) {
      event.preventDefault();
      return;
    }
    // The person has been asked about this step; unsaved words are a separate question.
    if (dirty && form && !window.confirm(form.dataset.unsaved)) event.preventDefault();
    else saving = true;
  });

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button[form^="status-"]:not([data-confirm])');
    if (button && dirty && form && !window.confirm(form.dataset.unsaved)) event.preventDefault();
    else if (button) saving = true;
  });

  window.addEventListener('beforeunload', (event) => {
    if (dirty && !saving) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
