/*
 * CivicExpects: what the widget does with a reply's `expects` (DESIGN.md's Expectation: slot, kind, choices),
 * so it never guesses from the bot's wording what the question awaits.
 * Exposes the global CivicExpects = { awaitedKind, suggestsWholeInput, suggestsPlaceWords, inputHints, applyHints }.
 */
(function (global) {
  'use strict';

  // Kinds the engine sends; anything else is treated as free text.
  const KINDS = new Set(['place', 'time', 'contact', 'ticket', 'confirm', 'choice', 'text']);
  // Kinds whose answer is no place: suggesting places there would only get in the way.
  const NOT_A_PLACE = new Set(['time', 'contact', 'ticket', 'confirm', 'choice']);

  // Input attributes per kind; `placeholder` names a key of the widget's strings (placeholders.KIND).
  // A contact may be a phone number or an e-mail address, and a ticket number has letters (SC-2026-000123),
  // so neither gets a digits-only keyboard: the browser offers the citizen's phone number, the ticket is in capitals.
  const HINTS = {
    place: { enterkeyhint: 'send' },
    time: { enterkeyhint: 'send' },
    contact: { autocomplete: 'tel', spellcheck: 'false', enterkeyhint: 'send' },
    ticket: { autocapitalize: 'characters', spellcheck: 'false', enterkeyhint: 'send' },
    confirm: { enterkeyhint: 'send' },
    choice: { enterkeyhint: 'send' },
  };
  // Every attribute a hint may set, and each input's own values of them (the page's), restored before each reply.
  const MANAGED = ['inputmode', 'autocomplete', 'autocapitalize', 'spellcheck', 'enterkeyhint'];
  const pageDefaults = new WeakMap();

  /** The kind the last bot reply awaits, or null (nothing in particular, or the report is already filed). */
  function awaitedKind(reply) {
    if (!reply || reply.ticket) return null;
    const kind = reply.expects?.kind;
    return KINDS.has(kind) ? kind : null;
  }

  /** The bot asked for a place: the whole clause being typed is looked up. */
  const suggestsWholeInput = (reply) => awaitedKind(reply) === 'place';

  /** A place-like word in a free message may still be completed, but not while another kind is awaited. */
  const suggestsPlaceWords = (reply) => !NOT_A_PLACE.has(awaitedKind(reply));

  /** The input's attributes and placeholder key for the awaited kind (`placeholder` null: the default). */
  function inputHints(reply) {
    const kind = awaitedKind(reply);
    return { kind, attributes: (kind && HINTS[kind]) || {}, placeholder: kind && kind !== 'text' ? kind : null };
  }

  /**
   * Sets the input's hints for the reply: attributes managed here go back to the page's values first, and the
   * placeholder is `placeholders[kind]` or `fallback`. The kind is also in data-expects, for styles and tests.
   */
  function applyHints(input, reply, placeholders, fallback) {
    const hints = inputHints(reply);
    if (!pageDefaults.has(input)) pageDefaults.set(input, MANAGED.map((name) => [name, input.getAttribute(name)]));
    for (const [name, value] of pageDefaults.get(input)) {
      if (value == null) input.removeAttribute(name);
      else input.setAttribute(name, value);
    }
    for (const [name, value] of Object.entries(hints.attributes)) input.setAttribute(name, value);
    if (hints.kind) input.setAttribute('data-expects', hints.kind);
    else input.removeAttribute('data-expects');
    input.placeholder = (hints.placeholder && placeholders?.[hints.placeholder]) || fallback;
    return hints.kind;
  }

  global.CivicExpects = { awaitedKind, suggestsWholeInput, suggestsPlaceWords, inputHints, applyHints };
})(typeof globalThis !== 'undefined' ? globalThis : this);
