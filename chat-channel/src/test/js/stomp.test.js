// Run with: node --test chat-channel/src/test/js/
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const SOURCE = path.join(__dirname, '../../main/resources/static/chat/stomp.js');

// Loads stomp.js the way a browser would: as a classic script defining a global.
function load(extraGlobals = {}) {
  const context = vm.createContext({ TextEncoder, TextDecoder, setTimeout, clearTimeout, setInterval, clearInterval, Date, ...extraGlobals });
  vm.runInContext(fs.readFileSync(SOURCE, 'utf8'), context, { filename: 'stomp.js' });
  return context.CivicStomp;
}

const { encodeFrame, createParser } = load();
const plain = (value) => JSON.parse(JSON.stringify(value)); // objects from the vm context have a foreign prototype

test('encodes command, escaped headers, content-length in bytes and NUL terminator', () => {
  const frame = encodeFrame('SEND', { destination: '/app/chat.send', 'x-note': 'a:b\nc\\d\re' }, '{"text":"안녕"}');
  assert.equal(frame,
    'SEND\ndestination:/app/chat.send\nx-note:a\\cb\\nc\\\\d\\re\ncontent-length:17\n\n{"text":"안녕"}\0');
});

test('omits content-length for an empty body and skips null headers', () => {
  assert.equal(encodeFrame('SUBSCRIBE', { id: 'sub-1', destination: '/user/queue/replies', receipt: null }),
    'SUBSCRIBE\nid:sub-1\ndestination:/user/queue/replies\n\n\0');
});

test('does not escape CONNECT headers', () => {
  assert.equal(encodeFrame('CONNECT', { 'accept-version': '1.2', host: 'example.org:8080', 'heart-beat': '10000,10000' }),
    'CONNECT\naccept-version:1.2\nhost:example.org:8080\nheart-beat:10000,10000\n\n\0');
});

test('parses several frames and heart-beats from one chunk', () => {
  const chunk = '\n' + 'CONNECTED\nversion:1.2\nheart-beat:0,0\n\n\0' + '\r\n\n'
    + 'MESSAGE\nsubscription:sub-1\ndestination:/user/queue/replies\n\n{"a":1}\0'
    + 'RECEIPT\nreceipt-id:r1\n\n\0\n';
  const frames = plain(createParser().push(chunk));
  assert.deepEqual(frames.map((f) => f.command), ['CONNECTED', 'MESSAGE', 'RECEIPT']);
  assert.deepEqual(frames[0].headers, { version: '1.2', 'heart-beat': '0,0' });
  assert.equal(frames[1].body, '{"a":1}');
  assert.equal(frames[2].headers['receipt-id'], 'r1');
});

test('reassembles a frame split across chunks', () => {
  const parser = createParser();
  const whole = 'MESSAGE\nsubscription:sub-2\ncontent-length:7\n\n{"b":2}\0';
  const frames = [];
  for (let i = 0; i < whole.length; i += 5) frames.push(...parser.push(whole.slice(i, i + 5)));
  assert.equal(frames.length, 1);
  assert.equal(frames[0].body, '{"b":2}');
  assert.equal(frames[0].headers.subscription, 'sub-2');
});

test('uses content-length (UTF-8 bytes) so the body may contain NUL and multibyte text', () => {
  const body = '어디\0😀x';
  const wire = encodeFrame('MESSAGE', { subscription: 's' }, body) + 'RECEIPT\nreceipt-id:9\n\n\0';
  const parser = createParser();
  assert.equal(parser.push(wire.slice(0, wire.indexOf('😀') + 1)).length, 0, 'waits for the whole body');
  const frames = parser.push(wire.slice(wire.indexOf('😀') + 1));
  assert.equal(frames.length, 2);
  assert.equal(frames[0].body, body);
  assert.equal(frames[1].command, 'RECEIPT');
});

test('unescapes headers, keeps the first of repeated headers, accepts CRLF', () => {
  const [frame] = createParser().push('ERROR\r\nmessage:bad\\cvalue\\nline\\\\x\r\nmessage:second\r\n\r\noops\0');
  assert.equal(frame.headers.message, 'bad:value\nline\\x');
  assert.equal(frame.body, 'oops');
});

test('rejects undefined escape sequences and a missing NUL after content-length', () => {
  assert.throws(() => createParser().push('MESSAGE\nx:a\\tb\n\n\0'), /invalid header escape/);
  assert.throws(() => createParser().push('MESSAGE\ncontent-length:1\n\nab\0'), /NUL/);
});

test('round-trips headers with special characters', () => {
  const headers = { destination: '/queue/a', 'we:ird\nname': 'v\\a:l\r\nue' };
  const [frame] = createParser().push(encodeFrame('SEND', headers, 'x'));
  assert.deepEqual(plain(frame.headers), { ...headers, 'content-length': '1' });
});

// A scripted WebSocket and manual timers to drive the Client.
function harness() {
  const intervals = [];
  class FakeSocket {
    constructor(url, protocols) { this.url = url; this.protocols = protocols; this.readyState = 0; this.sent = []; FakeSocket.last = this; }
    send(data) { this.sent.push(data); }
    close() { if (this.readyState !== 3) { this.readyState = 3; this.onclose({ code: 1000 }); } }
    open() { this.readyState = 1; this.onopen(); }
    receive(data) { this.onmessage({ data }); }
  }
  let now = 0;
  const fakeDate = { now: () => now };
  const CivicStomp = load({
    WebSocket: FakeSocket,
    Date: fakeDate,
    setInterval: (fn, ms) => intervals.push({ fn, ms }) - 1,
    clearInterval: (id) => { if (intervals[id]) intervals[id].fn = () => {}; },
  });
  const tick = (ms) => { now += ms; intervals.forEach((t) => t.fn()); };
  return { CivicStomp, FakeSocket, intervals, tick };
}

test('client: CONNECT, subscribe, message routing, send, ERROR and close', () => {
  const { CivicStomp, FakeSocket } = harness();
  const client = new CivicStomp.Client('ws://host/ws');
  const events = [];
  client.onConnect = () => events.push('connected');
  client.onStompError = (f) => events.push('error:' + f.headers.message);
  client.onClose = () => events.push('closed');
  client.connect({ host: 'host' });
  const ws = FakeSocket.last;
  assert.deepEqual(plain(ws.protocols), ['v12.stomp']);
  ws.open();
  assert.equal(ws.sent[0], 'CONNECT\naccept-version:1.2\nheart-beat:10000,10000\nhost:host\n\n\0');

  ws.receive('CONNECTED\nversion:1.2\nheart-beat:0,0\n\n\0');
  assert.equal(client.connected, true);
  const got = [];
  const sub = client.subscribe('/user/queue/replies', (f) => got.push(f.body));
  assert.equal(ws.sent[1], `SUBSCRIBE\nid:${sub.id}\ndestination:/user/queue/replies\nack:auto\n\n\0`);

  ws.receive(`MESSAGE\nsubscription:${sub.id}\nmessage-id:1\n\nhello\0MESSAGE\nsubscription:other\n\nignored\0`);
  assert.deepEqual(got, ['hello']);

  assert.equal(client.send('/app/chat.send', '{}', { 'content-type': 'application/json' }), true);
  assert.equal(ws.sent[2], 'SEND\ncontent-type:application/json\ndestination:/app/chat.send\ncontent-length:2\n\n{}\0');

  sub.unsubscribe();
  assert.equal(ws.sent[3], `UNSUBSCRIBE\nid:${sub.id}\n\n\0`);

  ws.receive('ERROR\nmessage:denied\n\n\0');
  ws.close();
  assert.deepEqual(events, ['connected', 'error:denied', 'closed']);
  assert.equal(client.connected, false);
  assert.equal(client.send('/app/chat.send', 'x'), false);
});

test('client: negotiates heart-beats both ways and drops a silent connection', () => {
  const { CivicStomp, FakeSocket, intervals, tick } = harness();
  const client = new CivicStomp.Client('ws://host/ws', { heartbeat: [10000, 10000] });
  let closed = false;
  client.onClose = () => { closed = true; };
  client.connect();
  const ws = FakeSocket.last;
  ws.open();
  ws.receive('CONNECTED\nversion:1.2\nheart-beat:5000,20000\n\n\0');
  assert.deepEqual(intervals.map((t) => t.ms), [20000, 10000]);

  tick(10000);
  assert.equal(ws.sent.at(-1), '\n', 'client heart-beat is a bare EOL');
  ws.receive('\n'); // server heart-beat keeps the connection alive
  tick(10000);
  assert.equal(closed, false);
  tick(10000);
  tick(10000);
  assert.equal(closed, true);
  assert.match(client.lastError.message, /heart-beat timeout/);
});

test('client: disconnect waits for the RECEIPT before closing', () => {
  const { CivicStomp, FakeSocket } = harness();
  const client = new CivicStomp.Client('ws://host/ws');
  client.connect();
  const ws = FakeSocket.last;
  ws.open();
  ws.receive('CONNECTED\nversion:1.2\n\n\0');
  client.disconnect();
  const [, receipt] = /receipt:(.*)\n/.exec(ws.sent.at(-1));
  assert.match(ws.sent.at(-1), /^DISCONNECT\n/);
  assert.equal(ws.readyState, 1);
  ws.receive(`RECEIPT\nreceipt-id:${receipt}\n\n\0`);
  assert.equal(ws.readyState, 3);
});
