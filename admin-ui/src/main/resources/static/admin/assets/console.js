/*
 * Center console: the status form shows only the fields the chosen status needs (department for "assigned",
 * the original ticket for "duplicate") and only that status's note templates; picking a template puts its
 * text (in the citizen's language) into the note, to be edited. Without this script every field and template
 * shows, and the server fills the note from the template.
 * The worklist's live stream marks itself data-live="open" while connected.
 */
(() => {
  'use strict';

  function sync(form) {
    const to = form.querySelector('[name=to]').value;
    form.querySelectorAll('[data-for-status]').forEach((field) => {
      const shown = field.dataset.forStatus === to;
      field.hidden = !shown;
      field.querySelectorAll('input, select').forEach((input) => { input.disabled = !shown; });
    });
    form.querySelectorAll('[name=template] option[data-status]').forEach((option) => {
      option.hidden = option.dataset.status !== to;
      option.disabled = option.hidden;
    });
  }

  document.addEventListener('change', (event) => {
    const form = event.target.closest('#status-form');
    if (!form) return;
    const template = form.querySelector('[name=template]');
    const note = form.querySelector('[name=note]');
    if (event.target === template) {
      const option = template.selectedOptions[0];
      if (option && option.dataset.text) note.value = form.dataset.filled = option.dataset.text;
    } else if (event.target.name === 'to' && template.selectedOptions[0]?.dataset.status !== event.target.value) {
      template.value = '';
      // A template's untouched text would tell the citizen about the wrong status.
      if (note.value === form.dataset.filled) note.value = '';
    }
    sync(form);
  });

  // The worklist says whether its live stream is open (data-live, for people and for tests).
  document.addEventListener('htmx:sseOpen', (event) => { event.target.dataset.live = 'open'; });
  document.addEventListener('htmx:sseError', (event) => { event.target.dataset.live = 'closed'; });

  document.addEventListener('DOMContentLoaded', () => {
    const form = document.getElementById('status-form');
    if (form) sync(form);
  });
})();
