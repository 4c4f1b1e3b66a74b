/*
 * Citizen web chat widget.
 * REST for the conversation lifecycle (create, transcript) and as a fallback for sending;
 * STOMP over WebSocket (chat/stomp.js) for live turns.
 */
(() => {
  'use strict';

  // The server's limit (chat/settings.js, from civic.chat.max-message-length); without it the server still refuses.
  const MAX_LENGTH = Number(window.CivicChatSettings?.maxMessageLength) || Infinity;
  const COUNTER_FROM = 200; // show the counter when this many characters (or fewer) are left
  // The conversation's id and token: in sessionStorage, so they live only as long as the browser tab
  // (older versions kept them in localStorage, where the next person at a shared computer found them).
  const CONVERSATION_KEY = 'civic.chat.conversation';
  const UI_LANG_KEY = 'civic.chat.uiLang'; // in localStorage: a preference, nothing personal
  const REST_FALLBACK_MS = 3000;
  const REPLY_WATCHDOG_MS = 20000;
  const RATE_LIMIT_DEFAULT_MS = 5000;
  const BACKOFF_MAX_MS = 15000;
  const SUGGEST_DEBOUNCE_MS = 250;
  const SUGGEST_MAX = 8;
  // During a hand-off, how often the transcript is read while this connection cannot receive a counsellor's
  // messages yet (the server learns which connection serves the conversation when the widget sends on it).
  const HANDOFF_POLL_MS = 5000;

  const STRINGS = {
    en: {
      pageTitle: 'Chat – Gwangju-si 24-hour contact centre (sample city)',
      chatTitle: 'Ask the city',
      inputLabel: 'Your message',
      placeholder: 'Ask a question or report a problem…',
      // While the bot's question awaits one kind of answer (Reply.expects.kind)
      placeholders: {
        place: 'Street, crossing or landmark…',
        time: 'When? e.g. just now, this morning, yesterday 6 pm…',
        contact: 'Phone number or e-mail address…',
        ticket: 'Ticket number, e.g. SC-2026-000123',
        confirm: 'Choose a reply above or type your answer…',
        choice: 'Choose a reply above or type your answer…',
      },
      hint: 'Enter sends. Shift+Enter adds a new line.',
      send: 'Send',
      endChat: 'End chat',
      confirmEndChat: 'End this chat? What you wrote will be cleared from this page and this browser.',
      chatEnded: 'Chat ended. Your conversation is no longer shown on this device.',
      startNewChat: 'Start a new chat',
      minimise: 'Minimise chat',
      open: 'Open chat',
      botSaid: 'City assistant said:',
      youSaid: 'You said:',
      counsellor: 'Counsellor',
      notice: 'Notice:',
      typing: 'The city assistant is typing…',
      sending: 'Sending…',
      notSent: 'Not sent.',
      retry: 'Try again',
      source: 'Source:',
      ticket: 'Report registered',
      ticketNumber: 'Ticket number',
      ticketStatus: 'Status',
      handoff: 'A human counsellor will take over this conversation. Please stay on this page.',
      quickReplies: 'Suggested replies',
      suggestions: 'Place suggestions',
      kinds: { district: 'area', road: 'road', section: 'road section', intersection: 'intersection', landmark: 'landmark' },
      connecting: 'Connecting…',
      reconnecting: 'Reconnecting…',
      offline: 'You are offline. Messages will be sent when the connection is back.',
      charsLeft: (n) => `${n} characters left`,
      limitReached: `You have reached the limit of ${MAX_LENGTH} characters.`,
      expired: 'Your previous conversation has expired, so a new one has started.',
      unreachable: 'The chat service cannot be reached right now. We will keep trying.',
      errors: {
        'message.empty': 'Please type a message.',
        'message.too_long': `Messages can be at most ${MAX_LENGTH} characters long.`,
        rate_limited: 'You are sending messages too quickly. Your message will be sent in a moment.',
        default: 'Your message could not be sent.',
      },
    },
    ko: {
      pageTitle: '채팅 – 광주시 24시간 민원 상담센터 (샘플 도시)',
      chatTitle: '시청에 물어보세요',
      inputLabel: '메시지',
      placeholder: '궁금한 점이나 불편 사항을 입력하세요…',
      placeholders: {
        place: '도로명, 교차로 또는 주요 지점…',
        time: '언제인가요? 예: 방금, 오늘 아침, 어제 저녁 6시…',
        contact: '전화번호 또는 이메일 주소…',
        ticket: '접수 번호 (예: SC-2026-000123)',
        confirm: '위의 답변을 고르거나 직접 입력하세요…',
        choice: '위의 답변을 고르거나 직접 입력하세요…',
      },
      hint: 'Enter 키로 보내고, Shift+Enter 키로 줄을 바꿉니다.',
      send: '보내기',
      endChat: '상담 종료',
      confirmEndChat: '상담을 종료할까요? 입력하신 내용이 이 페이지와 이 브라우저에서 지워집니다.',
      chatEnded: '상담이 종료되었습니다. 이 기기에서는 더 이상 대화 내용이 표시되지 않습니다.',
      startNewChat: '새 상담 시작',
      minimise: '채팅 최소화',
      open: '채팅 열기',
      botSaid: '시청 상담봇:',
      youSaid: '내 메시지:',
      counsellor: '상담사',
      notice: '안내:',
      typing: '상담봇이 답변을 작성하고 있습니다…',
      sending: '보내는 중…',
      notSent: '전송되지 않았습니다.',
      retry: '다시 보내기',
      source: '출처:',
      ticket: '민원 접수 완료',
      ticketNumber: '접수 번호',
      ticketStatus: '처리 상태',
      handoff: '상담원이 이어서 상담해 드립니다. 이 페이지에서 잠시 기다려 주세요.',
      quickReplies: '추천 답변',
      suggestions: '장소 추천',
      kinds: { district: '행정구역', road: '도로', section: '도로 구간', intersection: '교차로', landmark: '주요 지점' },
      connecting: '연결 중…',
      reconnecting: '다시 연결하는 중…',
      offline: '오프라인 상태입니다. 연결되면 메시지를 보내 드립니다.',
      charsLeft: (n) => `${n}자 남음`,
      limitReached: `최대 ${MAX_LENGTH}자까지 입력할 수 있습니다.`,
      expired: '이전 대화가 만료되어 새 상담을 시작했습니다.',
      unreachable: '지금은 채팅 서비스에 연결할 수 없습니다. 계속 연결을 시도합니다.',
      errors: {
        'message.empty': '메시지를 입력해 주세요.',
        'message.too_long': `메시지는 최대 ${MAX_LENGTH}자까지 보낼 수 있습니다.`,
        rate_limited: '메시지를 너무 빠르게 보내고 있습니다. 잠시 후 자동으로 보내 드립니다.',
        default: '메시지를 보내지 못했습니다.',
      },
    },
  };

  const $ = (id) => document.getElementById(id);
  const root = $('chat-widget');
  if (!root || !window.CivicStomp || !window.CivicExpects) return;
  const els = {
    body: $('chat-body'),
    log: $('chat-log'),
    form: $('chat-form'),
    input: $('chat-input'),
    send: $('chat-send'),
    status: $('chat-status'),
    error: $('chat-error'),
    typing: $('chat-typing'),
    counter: $('chat-counter'),
    list: $('place-suggestions'),
    toggle: $('chat-toggle'),
    endChat: $('chat-end'),
    ended: $('chat-ended'),
    restart: $('chat-restart'),
  };

  const state = {
    uiLang: 'en',
    conv: null,          // { id, token }
    botLang: null,       // language of the last reply
    lastReply: null,
    shown: [],           // keys of the server transcript entries rendered in the log, in order
    pending: new Map(),  // clientMessageId -> citizen message not answered yet (insertion order = send order)
    stomp: null,
    connected: false,
    everConnected: false,
    attempt: 0,          // reconnect backoff exponent
    wsFailures: 0,       // consecutive connection attempts that never reached CONNECTED
    reconnectTimer: null,
    restTimer: null,
    restBusy: false,
    restFailures: 0,
    inputLength: 0,
    syncing: null,       // in-flight transcript fetch
    starting: null,      // in-flight conversation creation
    statusKey: '',
    flushTimer: null,    // a rate-limited message waiting for its turn
    handoff: false,      // a counsellor has been asked for or answers: their messages may arrive at any time
    pushReady: null,     // the STOMP client the server knows serves this conversation (it answered a send on it)
    handoffTimer: null,
    ended: false,        // the citizen ended the chat; nothing about it is kept
    generation: 0,       // counts ended chats: work begun before the end is dropped
    requests: new AbortController(), // aborts the conversation's requests in flight when the chat ends
  };

  // ---------- helpers ----------

  function t(key, ...args) {
    const value = STRINGS[state.uiLang][key] ?? STRINGS.en[key];
    return typeof value === 'function' ? value(...args) : value;
  }

  // Builds DOM nodes; strings become text nodes, so server data is never parsed as HTML.
  function h(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (value == null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children.flat()) if (child != null && child !== false) node.append(child);
    return node;
  }

  const hasHangul = (text) => /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(text);
  const textLang = (text) => (hasHangul(text) ? 'ko' : /[a-z]/i.test(text) ? 'en' : null);
  const normalise = (text) => String(text ?? '').replace(/\s+/g, ' ').trim();
  const entryKey = (role, text) => (role === 'citizen' || role === 'agent' ? role : 'bot') + '\u0000' + normalise(text);
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const backoff = (attempt) => Math.min(BACKOFF_MAX_MS, 1000 * 2 ** attempt);

  function newId() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  // Web storage may be switched off (then even reading window.localStorage throws): keep things in memory.
  function storageArea(name) {
    return {
      get(key) { try { return window[name].getItem(key); } catch { return null; } },
      set(key, value) { try { window[name].setItem(key, value); } catch { /* private mode: keep in memory */ } },
      remove(key) { try { window[name].removeItem(key); } catch { /* ignore */ } },
    };
  }
  const local = storageArea('localStorage');
  const session = storageArea('sessionStorage');

  // ---------- REST ----------

  const apiBase = new URL(root.dataset.apiBase || '.', document.baseURI);
  const apiUrl = (path) => new URL(path, apiBase).toString();
  const conversationPath = (conv) => `api/v1/conversations/${encodeURIComponent(conv.id)}`;

  class ApiError extends Error {
    constructor(status, code, message, retryAfterMs) {
      super(message || code);
      Object.assign(this, { status, code, serverMessage: message, retryAfterMs });
    }
  }

  function parseRetryAfter(value) {
    if (!value) return null;
    const seconds = Number(value);
    if (Number.isFinite(seconds)) return seconds * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
  }

  async function api(method, path, { body, token, signal } = {}) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers['X-Conversation-Token'] = token;
    let response;
    try {
      response = await fetch(apiUrl(path), {
        method, headers, signal, body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (err) {
      if (err.name === 'AbortError') throw err;
      throw new ApiError(0, 'network');
    }
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const code = data?.error || (response.status === 404 ? 'conversation.not_found'
        : response.status === 429 ? 'rate_limited' : 'http_' + response.status);
      throw new ApiError(response.status, code, data?.message,
        parseRetryAfter(response.headers.get('Retry-After')));
    }
    return data;
  }

  const isGone = (err) => err instanceof ApiError && (err.code === 'conversation.not_found' || [401, 403, 404].includes(err.status));

  // ---------- UI language ----------

  function setUiLang(lang) {
    state.uiLang = STRINGS[lang] ? lang : 'en';
    document.documentElement.lang = state.uiLang;
    document.title = t('pageTitle');
    // Messages already in the log keep their labels: rewriting a live region would re-announce it.
    for (const node of document.querySelectorAll('[data-i18n]')) {
      if (!els.log.contains(node)) node.textContent = t(node.dataset.i18n);
    }
    for (const node of document.querySelectorAll('[data-i18n-aria-label]')) {
      if (!els.log.contains(node)) node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
    }
    updateInputHints();
    for (const button of document.querySelectorAll('[data-set-lang]')) {
      button.setAttribute('aria-pressed', String(button.dataset.setLang === state.uiLang));
    }
    updateToggle();
    updateCounter();
    setStatus(state.statusKey);
    if (state.ended) els.ended.textContent = t('chatEnded');
  }

  // ---------- rendering ----------

  // Labels in the log stay as written when the UI language changes, so they carry their own lang.
  const senderLabel = (key) => h('span', { class: 'visually-hidden', lang: state.uiLang }, t(key) + ' ');

  function renderCitizen(text, pending) {
    return h('div', { class: 'msg citizen' + (pending ? ' pending' : '') },
      senderLabel('youSaid'),
      h('p', { class: 'msg-text', lang: textLang(text), text }),
      pending ? h('p', { class: 'msg-state', text: t('sending') }) : null);
  }

  function renderBot(reply) {
    const lang = reply.language || null;
    const node = h('div', { class: 'msg bot' },
      senderLabel('botSaid'),
      h('p', { class: 'msg-text', lang, text: reply.text ?? '' }));
    if (reply.sources?.length) {
      node.append(h('div', { class: 'sources' }, reply.sources.map((source) =>
        h('p', { class: 'source' }, t('source') + ' ', h('span', { lang, text: source.title })))));
    }
    if (reply.ticket) {
      node.append(h('div', { class: 'ticket' },
        h('p', { class: 'ticket-title', text: t('ticket') }),
        h('dl', {},
          h('div', {}, h('dt', { text: t('ticketNumber') }), h('dd', { class: 'ticket-id', text: reply.ticket.id })),
          h('div', {}, h('dt', { text: t('ticketStatus') }), h('dd', { class: 'ticket-status', text: reply.ticket.status })))));
    }
    if (reply.handoff) node.append(h('p', { class: 'handoff', text: t('handoff') }));
    if (reply.quickReplies?.length) {
      node.append(h('div', { class: 'quick-replies', role: 'group', 'aria-label': t('quickReplies') },
        reply.quickReplies.map((text) => h('button', {
          type: 'button', class: 'quick-reply', lang, text,
          onclick: () => { els.input.focus(); submit(text); },
        }))));
    }
    return node;
  }

  // A person, not the bot: their own look, and their name and role said before their words.
  function renderAgent(reply) {
    const name = reply.agent?.name || '';
    return h('div', { class: 'msg agent' },
      h('p', { class: 'msg-sender' },
        h('span', { class: 'agent-role', lang: state.uiLang, text: t('counsellor') }),
        name ? ' ' : null,
        name ? h('span', { class: 'agent-name', lang: textLang(name), text: name }) : null,
        h('span', { class: 'visually-hidden', text: ':' })),
      h('p', { class: 'msg-text', lang: reply.language || null, text: reply.text ?? '' }));
  }

  function renderNotice(text) {
    return h('div', { class: 'msg system' }, h('p', { class: 'msg-text', lang: state.uiLang }, h('span', { class: 'visually-hidden' }, t('notice') + ' '), text));
  }

  // Keeps the view pinned to the newest message unless the citizen scrolled up to read.
  function appendToLog(node, before = null) {
    const log = els.log;
    const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 48;
    log.insertBefore(node, before);
    if (atBottom) log.scrollTop = log.scrollHeight;
  }

  // Unanswered citizen messages stay at the end of the log, after everything the server has confirmed.
  const firstPendingNode = () => els.log.querySelector('.msg.pending');

  function appendConfirmed(entry) {
    const reply = entry.reply || { text: entry.text };
    const role = entry.role === 'citizen' ? 'citizen' : entry.role === 'agent' || reply.agent ? 'agent' : 'bot';
    const node = role === 'citizen' ? renderCitizen(entry.text, false) : role === 'agent' ? renderAgent(reply) : renderBot(reply);
    appendToLog(node, firstPendingNode());
    state.shown.push(entryKey(role, entry.text ?? reply.text));
    if (role === 'bot') {
      state.lastReply = reply;
      updateInputHints();
      if (reply.language) state.botLang = reply.language;
    }
    if (role !== 'citizen') noteHandoff(role, reply);
  }

  // ---------- hand-off to a counsellor ----------

  function noteHandoff(role, reply) {
    if (role === 'agent' || reply.handoff || reply.intent === 'agent.joined') state.handoff = true;
    else if (reply.intent === 'agent.left') state.handoff = false;
    watchHandoff();
  }

  // A counsellor's messages are pushed to the connection the widget last sent on. Until this connection has
  // sent (a reload, a reconnect, the REST fallback), the transcript is read now and then instead.
  function watchHandoff() {
    const polling = state.handoff && !state.ended && state.conv && (!state.connected || state.pushReady !== state.stomp);
    if (!polling) {
      clearTimeout(state.handoffTimer);
      state.handoffTimer = null;
    } else if (!state.handoffTimer) {
      state.handoffTimer = setTimeout(() => {
        state.handoffTimer = null;
        resync().catch(() => {}).finally(watchHandoff);
      }, HANDOFF_POLL_MS);
    }
  }

  // Quick replies only make sense under the newest message.
  function pruneQuickReplies() {
    const messages = els.log.querySelectorAll('.msg.bot, .msg.citizen');
    const last = messages[messages.length - 1];
    for (const group of els.log.querySelectorAll('.quick-replies')) {
      if (group.closest('.msg') === last) continue;
      if (group.contains(document.activeElement)) els.input.focus();
      group.remove();
    }
  }

  function clearLog() {
    for (const node of [...els.log.children]) if (!node.classList.contains('pending')) node.remove();
    state.shown = [];
    state.lastReply = null;
    updateInputHints();
    state.handoff = false;
  }

  function updateTyping() {
    const waiting = [...state.pending.values()].some((m) => m.transmitted || m.restInFlight || m.serverSeen);
    els.typing.hidden = !waiting;
  }

  function setStatus(key) {
    state.statusKey = key;
    els.status.textContent = key ? t(key) : '';
    els.status.dataset.state = key || 'connected';
  }

  function showError(text) {
    els.error.textContent = text;
  }

  const clearError = () => { els.error.textContent = ''; };

  const errorText = (code, serverMessage) => serverMessage || t('errors')[code] || t('errors').default;

  // ---------- conversation lifecycle ----------

  function loadConversation() {
    try {
      const saved = JSON.parse(session.get(CONVERSATION_KEY));
      return saved?.id && saved?.token ? saved : null;
    } catch { return null; }
  }

  function useConversation(conv) {
    state.conv = conv;
    session.set(CONVERSATION_KEY, JSON.stringify(conv));
  }

  // A conversation left in localStorage by an older version is removed unread: on a shared computer it
  // may be the previous citizen's, so it must not come back (nothing is carried over to sessionStorage).
  function forgetLegacyConversation() {
    if (local.get(CONVERSATION_KEY) !== null) local.remove(CONVERSATION_KEY);
  }

  // Requests about the conversation are aborted when the citizen ends the chat.
  const conversationSignal = () => state.requests.signal;

  function startConversation(notice) {
    if (state.starting) return state.starting;
    const generation = state.generation;
    const starting = (async () => {
      const data = await api('POST', 'api/v1/conversations', { body: { channel: 'web', language: null }, signal: conversationSignal() });
      if (generation !== state.generation) return; // the chat was ended meanwhile: drop it
      useConversation({ id: data.conversationId, token: data.token });
      state.botLang = null;
      clearLog();
      if (notice) appendToLog(renderNotice(notice), firstPendingNode());
      (data.messages || []).forEach((reply) => appendConfirmed({ role: 'bot', text: reply.text, reply }));
      pruneQuickReplies();
    })().finally(() => { if (state.starting === starting) state.starting = null; });
    state.starting = starting;
    return starting;
  }

  async function conversationExpired() {
    session.remove(CONVERSATION_KEY);
    state.conv = null;
    // Everything still unanswered is re-sent to the new conversation.
    for (const m of state.pending.values()) {
      Object.assign(m, { transmitted: false, serverSeen: false });
      if (!m.node) m.node = renderCitizen(m.text, true);
      if (!m.node.isConnected) appendToLog(m.node);
    }
    const generation = state.generation;
    try {
      await startConversation(t('expired'));
    } catch (err) {
      if (generation === state.generation) throw err;
      return; // the chat was ended meanwhile
    }
    flush();
  }

  async function ensureConversation() {
    const generation = state.generation;
    for (let attempt = 0; generation === state.generation; attempt++) {
      try {
        const saved = loadConversation();
        if (saved) {
          state.conv = saved;
          await resync(); // an unknown or expired conversation is replaced by a new one
        }
        if (generation !== state.generation) return;
        if (!state.conv) await startConversation();
        clearError();
        return;
      } catch (err) {
        if (generation !== state.generation) return;
        console.warn('Chat: cannot open a conversation', err);
        showError(t('unreachable'));
        await sleep(backoff(attempt));
      }
    }
  }

  // Fetches the transcript and renders whatever the log is missing; resolves pending messages the
  // server has already seen (their replies may have gone to a connection that no longer exists).
  function resync() {
    const conv = state.conv;
    if (!conv) return Promise.resolve();
    if (state.syncing) return state.syncing;
    const syncing = api('GET', conversationPath(conv), { token: conv.token, signal: conversationSignal() })
      .then((transcript) => { if (state.conv === conv) applyTranscript(transcript); })
      .catch((err) => {
        if (isGone(err) && state.conv === conv) return conversationExpired();
        throw err;
      })
      .finally(() => { if (state.syncing === syncing) state.syncing = null; });
    state.syncing = syncing;
    return syncing;
  }

  function applyTranscript(transcript) {
    const entries = transcript.messages || [];
    if (transcript.language) state.botLang = transcript.language;
    const keys = entries.map((e) => entryKey(e.role, e.text));
    // Read before messages a push has shown since (a counsellor's): nothing new in it.
    if (keys.length < state.shown.length && keys.every((k, i) => k === state.shown[i])) return;
    const isPrefix = state.shown.length <= keys.length && state.shown.every((k, i) => k === keys[i]);
    if (!isPrefix) clearLog();

    const unseen = [...state.pending.values()].filter((m) => !m.failed && !m.serverSeen);
    for (let i = state.shown.length; i < entries.length; i++) {
      const entry = entries[i];
      if (entry.role === 'citizen') {
        const match = unseen.find((m) => !m.serverSeen && normalise(m.text) === normalise(entry.text));
        if (match) {
          Object.assign(match, { serverSeen: true, seenIndex: i });
          match.node?.remove();
          match.node = null;
        }
      }
      appendConfirmed(entry);
    }
    for (const m of [...state.pending.values()]) {
      if (m.serverSeen && entries.slice(m.seenIndex + 1).some((e) => e.role !== 'citizen')) settle(m);
    }
    pruneQuickReplies();
    updateTyping();
  }

  // ---------- sending ----------

  function submit(rawText) {
    const text = rawText.trim();
    if (!text) return false;
    if (text.length > MAX_LENGTH) {
      showError(t('errors')['message.too_long']);
      return false;
    }
    clearError();
    const message = { cid: newId(), text, node: renderCitizen(text, true), transmitted: false, serverSeen: false };
    state.pending.set(message.cid, message);
    appendToLog(message.node);
    els.log.scrollTop = els.log.scrollHeight;
    pruneQuickReplies();
    if (state.ended) startNewChat(); // writing after the end starts a new conversation
    else flush();
    return true;
  }

  function sendFromInput() {
    closeSuggestions();
    if (submit(els.input.value)) {
      els.input.value = '';
      state.inputLength = 0;
      updateCounter();
    }
  }

  // Over STOMP even a message the server has already seen is re-sent: its clientMessageId lets the
  // server recognise it and send the reply again on this connection.
  const sendable = (m) => !m.failed && !m.transmitted && !m.restInFlight;

  // Sends queued messages over STOMP, in order; without a socket, arranges the REST fallback.
  function flush() {
    if (!state.conv || state.syncing || state.starting) return;
    for (const m of state.pending.values()) {
      if (!sendable(m)) continue;
      if (m.notBefore > Date.now()) {
        clearTimeout(state.flushTimer);
        state.flushTimer = setTimeout(flush, m.notBefore - Date.now());
        break;
      }
      if (!state.connected) break;
      const body = JSON.stringify({ conversationId: state.conv.id, token: state.conv.token, text: m.text, clientMessageId: m.cid });
      if (!state.stomp.send('/app/chat.send', body, { 'content-type': 'application/json' })) break;
      m.transmitted = true;
      armWatchdog(m);
    }
    if (!state.connected) scheduleRestFallback();
    updateTyping();
  }

  // If no reply arrives in time, look at the transcript, then re-send with the same clientMessageId
  // (the server de-duplicates it).
  function armWatchdog(m) {
    clearTimeout(m.watchdog);
    m.watchdog = setTimeout(async () => {
      if (!state.pending.has(m.cid)) return;
      try { await resync(); } catch { /* offline: the reconnect logic takes over */ }
      if (!state.pending.has(m.cid)) return;
      m.transmitted = false;
      flush();
    }, REPLY_WATCHDOG_MS);
  }

  function settle(m) {
    clearTimeout(m.watchdog);
    state.pending.delete(m.cid);
  }

  function acknowledge(m, replies) {
    settle(m);
    if (m.node) {
      const next = firstPendingNode();
      m.node.classList.remove('pending');
      m.node.querySelector('.msg-state')?.remove();
      // Only move it if replies to earlier messages are still outstanding (moving re-announces it).
      if (next && next.compareDocumentPosition(m.node) & Node.DOCUMENT_POSITION_FOLLOWING) {
        els.log.insertBefore(m.node, next);
      }
      state.shown.push(entryKey('citizen', m.text));
    }
    (replies || []).forEach((reply) => appendConfirmed({ role: 'bot', text: reply.text, reply }));
    pruneQuickReplies();
    updateTyping();
  }

  function markFailed(m, text) {
    settle(m);
    showError(text);
    if (!m.node) return;
    m.node.classList.replace('pending', 'failed');
    m.node.querySelector('.msg-state')?.replaceWith(h('p', { class: 'msg-state' }, t('notSent') + ' ',
      h('button', {
        type: 'button', class: 'retry', text: t('retry'),
        onclick: () => { els.input.focus(); m.node.remove(); submit(m.text); },
      })));
    updateTyping();
  }

  function handleSendError(m, code, serverMessage, retryAfterMs) {
    if (!state.pending.has(m.cid)) return;
    if (code === 'network') return; // stays queued
    if (code === 'conversation.not_found') {
      conversationExpired().catch(() => showError(t('unreachable')));
    } else if (code === 'rate_limited') {
      showError(errorText(code, serverMessage));
      Object.assign(m, { transmitted: false, notBefore: Date.now() + (retryAfterMs ?? RATE_LIMIT_DEFAULT_MS) });
      clearTimeout(m.watchdog);
      flush();
    } else {
      markFailed(m, errorText(code, serverMessage));
    }
  }

  // ---------- REST fallback ----------

  function scheduleRestFallback(delay = state.wsFailures >= 3 ? 0 : REST_FALLBACK_MS) {
    const waiting = [...state.pending.values()].some((m) => !m.failed);
    if (state.restTimer || !waiting) return;
    state.restTimer = setTimeout(() => {
      state.restTimer = null;
      if (!state.connected) restFlush();
    }, delay);
  }

  async function restFlush() {
    if (state.restBusy || !state.conv) return;
    const generation = state.generation;
    state.restBusy = true;
    let retryIn = REST_FALLBACK_MS;
    let reachable = false;
    try {
      await resync(); // first learn which messages the server already has; the same clientMessageId guards the rest
      reachable = true;
      for (const m of [...state.pending.values()]) {
        if (state.connected || generation !== state.generation || !state.conv) break;
        if (!state.pending.has(m.cid) || m.failed || m.serverSeen) continue;
        if (m.notBefore > Date.now()) { retryIn = m.notBefore - Date.now(); break; }
        const conv = state.conv;
        m.restInFlight = true;
        updateTyping();
        try {
          const data = await api('POST', conversationPath(conv) + '/messages', {
            body: { text: m.text, clientMessageId: m.cid }, token: conv.token, signal: conversationSignal(),
          });
          // Not if the reply came over a new socket meanwhile, or the chat was ended.
          if (state.pending.has(m.cid)) acknowledge(m, data.messages);
        } catch (err) {
          handleSendError(m, err.code, err.serverMessage, err.retryAfterMs);
          if (err.code === 'network') reachable = false;
          if (err.code === 'network' || err.code === 'rate_limited') break;
        } finally {
          m.restInFlight = false;
        }
      }
    } catch { /* transcript unavailable: try again later */ }
    state.restBusy = false;
    if (generation === state.generation) state.restFailures = reachable ? 0 : state.restFailures + 1;
    updateTyping();
    if (!state.connected) scheduleRestFallback(Math.max(retryIn, REST_FALLBACK_MS, state.restFailures ? backoff(state.restFailures) : 0));
  }

  // ---------- WebSocket ----------

  function websocketUrl() {
    const url = new URL('ws', apiBase);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return url.toString();
  }

  const parseBody = (frame) => { try { return JSON.parse(frame.body); } catch { return null; } };

  function connect() {
    clearTimeout(state.reconnectTimer);
    if (state.stomp) return;
    setStatus(!navigator.onLine ? 'offline' : state.everConnected ? 'reconnecting' : 'connecting');
    const client = new CivicStomp.Client(websocketUrl(), { heartbeat: [10000, 10000] });
    state.stomp = client;

    // Frames still arriving on a socket that disconnect() let go of are ignored.
    const current = (handler) => (frame) => { if (state.stomp === client) handler(parseBody(frame), client); };

    client.onConnect = () => {
      if (state.stomp !== client) return;
      const isReconnect = state.everConnected;
      Object.assign(state, { connected: true, everConnected: true, attempt: 0, wsFailures: 0 });
      setStatus('');
      client.subscribe('/user/queue/replies', current(onReplies));
      client.subscribe('/user/queue/errors', current(onServerError));
      // Replies to anything sent on the old connection are lost: re-send all unanswered messages.
      for (const m of state.pending.values()) m.transmitted = false;
      if (isReconnect && state.conv) resync().catch(() => {}).finally(flush);
      else flush();
    };
    client.onStompError = (frame) => console.warn('STOMP error:', frame.headers.message || '', frame.body);
    client.onClose = () => {
      if (state.stomp !== client) return;
      if (!state.connected) state.wsFailures++;
      Object.assign(state, { stomp: null, connected: false });
      for (const m of state.pending.values()) {
        m.transmitted = false;
        clearTimeout(m.watchdog);
      }
      const delay = backoff(state.attempt++);
      setStatus(navigator.onLine ? 'reconnecting' : 'offline');
      state.reconnectTimer = setTimeout(connect, delay);
      scheduleRestFallback();
      updateTyping();
      watchHandoff();
    };
    try {
      client.connect({ host: location.hostname });
    } catch {
      client.onClose();
    }
  }

  // Lets go of the socket for good (until connect() is called again): DISCONNECT, then close.
  function disconnect() {
    const client = state.stomp;
    clearTimeout(state.reconnectTimer);
    Object.assign(state, { stomp: null, connected: false, reconnectTimer: null, attempt: 0, wsFailures: 0, everConnected: false });
    client?.disconnect();
  }

  function onReplies(payload, client) {
    if (!payload || !state.conv) return;
    if (payload.conversationId && payload.conversationId !== state.conv.id) return;
    if (payload.clientMessageId == null) { // pushed: a counsellor wrote, or joined or left
      (payload.messages || []).forEach((reply) => appendConfirmed({ role: reply.agent ? 'agent' : 'bot', text: reply.text, reply }));
      pruneQuickReplies();
      return;
    }
    const m = state.pending.get(payload.clientMessageId);
    if (m) {
      state.pushReady = client;
      acknowledge(m, payload.messages); // otherwise already answered (e.g. restored from the transcript)
    }
  }

  function onServerError(payload) {
    if (!payload) return;
    // An error without a clientMessageId is taken to be about the oldest message in flight.
    const m = payload.clientMessageId != null ? state.pending.get(payload.clientMessageId)
      : [...state.pending.values()].find((p) => p.transmitted);
    if (m) handleSendError(m, payload.error, payload.message);
    else if (payload.error === 'conversation.not_found') conversationExpired().catch(() => showError(t('unreachable')));
    else showError(errorText(payload.error, payload.message));
  }

  // ---------- input, counter ----------

  function updateCounter() {
    const left = MAX_LENGTH - els.input.value.length;
    els.counter.textContent = left <= COUNTER_FROM ? t('charsLeft', left) : '';
    els.counter.classList.toggle('at-limit', left <= 0);
  }

  // The input follows what the last question awaits (Reply.expects): its placeholder and keyboard hints.
  function updateInputHints() {
    CivicExpects.applyHints(els.input, state.lastReply, t('placeholders'), t('placeholder'));
  }

  function onInput() {
    const length = els.input.value.length;
    updateCounter();
    if (length >= MAX_LENGTH && state.inputLength < MAX_LENGTH) showError(t('limitReached')); // announce once
    else if (length < MAX_LENGTH && els.error.textContent === t('limitReached')) clearError();
    state.inputLength = length;
    scheduleSuggestions();
  }

  function onKeyDown(event) {
    if (event.isComposing || event.keyCode === 229) return; // Korean IME: Enter confirms the syllable
    const open = !els.list.hidden;
    switch (event.key) {
      case 'ArrowDown':
        if (open) { event.preventDefault(); moveActive(1); }
        else if (event.altKey && suggest.items.length) { event.preventDefault(); openSuggestions(); }
        break;
      case 'ArrowUp':
        if (open) { event.preventDefault(); moveActive(-1); }
        break;
      case 'Escape':
        if (open) { event.preventDefault(); closeSuggestions(); }
        break;
      case 'Enter':
        if (event.shiftKey) return;
        event.preventDefault();
        if (open && suggest.active >= 0) pickSuggestion(suggest.active);
        else sendFromInput();
        break;
      case 'Tab':
        closeSuggestions();
        break;
    }
  }

  // ---------- place suggestions (ARIA combobox) ----------

  const suggest = { timer: null, controller: null, items: [], active: -1, fragment: null };

  // A place-like word: a Korean address suffix or a romanised one (-dong, -ro, -daero …).
  const PLACE_WORD = /(?:^|\s)([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:동|읍|면|리|로|길|대로|사거리|삼거리|교차로|역|공원|IC|나들목|-dong|-eup|-myeon|-ri|-ro|-gil|-daero|-gu))$/iu;

  // Which part of the input to look up, and where it starts (picking replaces it).
  function suggestionFragment() {
    const value = els.input.value;
    if (els.input.selectionEnd !== value.length) return null; // only while typing at the end
    const clause = /[^\n.,!?;]*$/.exec(value);
    const query = clause[0].trim();
    if (query.length < 2) return null;
    if (CivicExpects.suggestsWholeInput(state.lastReply) && query.length <= 40) {
      return { query, start: value.length - clause[0].trimStart().length };
    }
    if (!CivicExpects.suggestsPlaceWords(state.lastReply)) return null;
    const word = PLACE_WORD.exec(value);
    if (word && word[1].length >= 3) return { query: word[1], start: value.length - word[1].length };
    return null;
  }

  function scheduleSuggestions() {
    clearTimeout(suggest.timer);
    const fragment = suggestionFragment();
    if (!fragment) { closeSuggestions(); return; }
    if (fragment.query === suggest.fragment?.query) return;
    suggest.timer = setTimeout(() => fetchSuggestions(fragment), SUGGEST_DEBOUNCE_MS);
  }

  async function fetchSuggestions(fragment) {
    suggest.controller?.abort();
    const controller = (suggest.controller = new AbortController());
    // Hangul in the query settles it; otherwise follow the bot's language.
    const lang = hasHangul(fragment.query) ? 'ko' : state.botLang === 'ko' ? 'ko' : 'en';
    try {
      const places = await api('GET', `api/v1/places?q=${encodeURIComponent(fragment.query)}&lang=${lang}`, { signal: controller.signal });
      if (controller.signal.aborted || suggestionFragment()?.query !== fragment.query) return;
      showSuggestions(Array.isArray(places) ? places.slice(0, SUGGEST_MAX) : [], fragment);
    } catch {
      if (!controller.signal.aborted) closeSuggestions();
    }
  }

  function showSuggestions(places, fragment) {
    suggest.items = places;
    suggest.fragment = fragment;
    suggest.active = -1;
    els.list.replaceChildren(...places.map((place, i) => {
      const meta = [t('kinds')[place.kind] || place.kind, place.district].filter(Boolean).join(' · ');
      return h('li', {
        id: `place-option-${i}`, role: 'option', class: 'place-option', 'aria-selected': 'false',
        onmousedown: (e) => e.preventDefault(), // keep focus in the input
        onclick: () => pickSuggestion(i),
      }, h('span', { class: 'place-name', text: place.name }), meta ? h('span', { class: 'place-meta' }, ' ', meta) : null);
    }));
    if (places.length) openSuggestions(); else closeSuggestions(false);
  }

  function openSuggestions() {
    els.list.hidden = false;
    els.input.setAttribute('aria-expanded', 'true');
  }

  function closeSuggestions(forget = true) {
    clearTimeout(suggest.timer);
    els.list.hidden = true;
    els.input.setAttribute('aria-expanded', 'false');
    els.input.removeAttribute('aria-activedescendant');
    suggest.active = -1;
    if (forget) suggest.fragment = null;
  }

  function moveActive(step) {
    const count = suggest.items.length;
    if (!count) return;
    suggest.active = suggest.active < 0 ? (step > 0 ? 0 : count - 1) : (suggest.active + step + count) % count;
    [...els.list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === suggest.active)));
    const option = els.list.children[suggest.active];
    els.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  function pickSuggestion(index) {
    const place = suggest.items[index];
    const fragment = suggest.fragment;
    if (!place || !fragment) return;
    const value = els.input.value.slice(0, fragment.start) + place.name;
    els.input.value = value;
    els.input.setSelectionRange(value.length, value.length);
    updateCounter();
    closeSuggestions(false);
    suggest.fragment = { query: suggestionFragment()?.query }; // don't immediately suggest the picked name again
    els.input.focus();
  }

  // ---------- widget chrome ----------

  function updateToggle() {
    const expanded = !els.body.hidden;
    els.toggle.setAttribute('aria-expanded', String(expanded));
    els.toggle.textContent = t(expanded ? 'minimise' : 'open');
  }

  // ---------- ending the chat (a shared computer: the next person must not find it) ----------

  function endChat() {
    state.generation++;
    state.requests.abort();
    state.requests = new AbortController();
    for (const m of state.pending.values()) clearTimeout(m.watchdog);
    state.pending.clear(); // unsent messages are not kept for resending either
    clearTimeout(state.restTimer);
    clearTimeout(state.flushTimer);
    disconnect();
    session.remove(CONVERSATION_KEY);
    forgetLegacyConversation();
    clearTimeout(state.handoffTimer);
    Object.assign(state, {
      conv: null, ended: true, botLang: null, lastReply: null, shown: [], starting: null, syncing: null,
      restTimer: null, flushTimer: null, restFailures: 0, inputLength: 0, handoff: false, handoffTimer: null,
    });
    suggest.controller?.abort();
    closeSuggestions();
    suggest.items = [];
    els.list.replaceChildren();
    els.log.replaceChildren();
    els.input.value = '';
    updateCounter();
    updateInputHints();
    clearError();
    setStatus('');
    updateTyping();
    showEnded();
  }

  // The notice replaces the log; its text goes into a role=status region that is always in the page.
  function showEnded() {
    const ended = state.ended;
    if (ended && els.body.hidden) {
      els.body.hidden = false;
      updateToggle();
    }
    els.ended.textContent = ended ? t('chatEnded') : '';
    els.restart.hidden = !ended;
    els.log.hidden = ended;
    if (ended) els.restart.focus(); // before hiding the End chat button, which may have the focus
    els.endChat.hidden = ended;
  }

  async function startNewChat() {
    if (!state.ended) return;
    state.ended = false;
    showEnded();
    connect();
    await ensureConversation();
    flush();
  }

  function bindEvents() {
    els.form.addEventListener('submit', (event) => { event.preventDefault(); sendFromInput(); els.input.focus(); });
    els.input.addEventListener('keydown', onKeyDown);
    els.input.addEventListener('input', onInput);
    els.input.addEventListener('blur', () => closeSuggestions());
    for (const button of document.querySelectorAll('[data-set-lang]')) {
      button.addEventListener('click', () => {
        setUiLang(button.dataset.setLang);
        local.set(UI_LANG_KEY, state.uiLang);
      });
    }
    els.toggle.addEventListener('click', () => {
      els.body.hidden = !els.body.hidden;
      updateToggle();
      if (!els.body.hidden) els.input.focus();
    });
    els.endChat.addEventListener('click', () => {
      if (window.confirm(t('confirmEndChat'))) endChat();
    });
    els.restart.addEventListener('click', () => {
      els.input.focus(); // the button goes away
      startNewChat();
    });
    window.addEventListener('online', () => {
      state.attempt = 0;
      if (!state.stomp && !state.ended) connect();
    });
    window.addEventListener('offline', () => { if (!state.connected) setStatus('offline'); });
  }

  async function boot() {
    if (Number.isFinite(MAX_LENGTH)) els.input.maxLength = MAX_LENGTH;
    forgetLegacyConversation();
    const preferred = local.get(UI_LANG_KEY) || ((navigator.language || '').toLowerCase().startsWith('ko') ? 'ko' : 'en');
    setUiLang(preferred);
    bindEvents();
    connect();
    await ensureConversation();
    flush();
  }

  boot();
})();
