// Run with: node --test chat-channel/src/test/js/
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const SOURCE = path.join(__dirname, '../../main/resources/static/chat/expects.js');

// Loads expects.js the way a browser would: as a classic script defining a global.
function load() {
  const context = vm.createContext({});
  vm.runInContext(fs.readFileSync(SOURCE, 'utf8'), context, { filename: 'expects.js' });
  return context.CivicExpects;
}

const { awaitedKind, suggestsWholeInput, suggestsPlaceWords, inputHints, applyHints } = load();
const reply = (kind, extra = {}) => ({ text: 'Where is it?', intent: 'signal.fault.report',
  expects: kind ? { slot: 'x', kind, choices: [] } : null, ...extra });

// An input element as far as applyHints uses it: attributes and a placeholder.
function fakeInput(attributes = {}) {
  const attrs = new Map(Object.entries(attributes));
  return {
    attrs,
    placeholder: '',
    getAttribute: (name) => (attrs.has(name) ? attrs.get(name) : null),
    setAttribute: (name, value) => attrs.set(name, String(value)),
    removeAttribute: (name) => attrs.delete(name),
  };
}

const PLACEHOLDERS = { place: 'Street…', time: 'When?…', contact: 'Phone or e-mail…', ticket: 'SC-2026-000123' };

test('places are looked up for the whole input only when the reply awaits a place', () => {
  assert.equal(suggestsWholeInput(reply('place')), true);
  for (const kind of ['time', 'contact', 'ticket', 'confirm', 'choice', 'text', null]) {
    assert.equal(suggestsWholeInput(reply(kind)), false, String(kind));
  }
});

test('the wording of the reply no longer decides: "where" in the text of a time question suggests nothing', () => {
  const timeQuestion = reply('time', { text: 'Where were you, and when did you notice it?' });
  assert.equal(suggestsWholeInput(timeQuestion), false);
  assert.equal(suggestsWholeInput(reply(null, { text: '어디인가요?' })), false);
});

test('a report question that awaits a time or a contact is no place question, though its intent is a report', () => {
  assert.equal(suggestsWholeInput(reply('time')), false);
  assert.equal(suggestsPlaceWords(reply('contact')), false);
});

test('place-like words are completed in free messages but not while another kind of answer is awaited', () => {
  assert.equal(suggestsPlaceWords(null), true);
  assert.equal(suggestsPlaceWords(reply(null)), true);
  assert.equal(suggestsPlaceWords(reply('text')), true);
  assert.equal(suggestsPlaceWords(reply('place')), true);
  for (const kind of ['time', 'contact', 'ticket', 'confirm', 'choice']) {
    assert.equal(suggestsPlaceWords(reply(kind)), false, kind);
  }
});

test('a filed report awaits nothing, and an unknown kind is free text', () => {
  assert.equal(awaitedKind(reply('place', { ticket: { id: 'SC-2026-000123', status: 'received' } })), null);
  assert.equal(awaitedKind(reply('colour')), null);
  assert.equal(awaitedKind(undefined), null);
});

test('each kind has its input hints', () => {
  assert.equal(inputHints(reply('contact')).attributes.autocomplete, 'tel');
  assert.equal(inputHints(reply('ticket')).attributes.autocapitalize, 'characters');
  assert.equal(inputHints(reply('time')).placeholder, 'time');
  assert.equal(inputHints(reply('text')).placeholder, null);
  assert.equal(inputHints(null).placeholder, null);
});

test('applyHints sets the placeholder and attributes of the kind, and the next reply restores the page\'s own', () => {
  const input = fakeInput({ autocomplete: 'off', spellcheck: 'true' });

  assert.equal(applyHints(input, reply('contact'), PLACEHOLDERS, 'Ask a question…'), 'contact');
  assert.equal(input.placeholder, 'Phone or e-mail…');
  assert.equal(input.getAttribute('autocomplete'), 'tel');
  assert.equal(input.getAttribute('spellcheck'), 'false');
  assert.equal(input.getAttribute('data-expects'), 'contact');

  applyHints(input, reply('ticket'), PLACEHOLDERS, 'Ask a question…');
  assert.equal(input.placeholder, 'SC-2026-000123');
  assert.equal(input.getAttribute('autocomplete'), 'off', 'the contact hint is gone');
  assert.equal(input.getAttribute('autocapitalize'), 'characters');

  applyHints(input, reply(null), PLACEHOLDERS, 'Ask a question…');
  assert.equal(input.placeholder, 'Ask a question…');
  assert.equal(input.getAttribute('autocapitalize'), null);
  assert.equal(input.getAttribute('spellcheck'), 'true');
  assert.equal(input.getAttribute('data-expects'), null);
});

test('a kind without its own placeholder keeps the default one', () => {
  const input = fakeInput();
  applyHints(input, reply('confirm'), PLACEHOLDERS, 'Ask a question…');
  assert.equal(input.placeholder, 'Ask a question…');
  assert.equal(input.getAttribute('data-expects'), 'confirm');
});

test('the widget asks CivicExpects, not the reply text', () => {
  const widget = fs.readFileSync(path.join(__dirname, '../../main/resources/static/chat/chat.js'), 'utf8');
  assert.doesNotMatch(widget, /where\|어디/);
  assert.match(widget, /CivicExpects\.suggestsWholeInput\(state\.lastReply\)/);
});
