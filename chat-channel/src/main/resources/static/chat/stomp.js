/*
 * CivicStomp: a small STOMP 1.2 client over a plain WebSocket (no SockJS).
 * Exposes the global CivicStomp = { encodeFrame, createParser, Client }.
 * Kept instead of @stomp/stompjs: no bundling step in the Maven build, one small same-origin script under the
 * page's CSP, and only what the widget uses (see the README's note on the browser's STOMP client).
 */
(function (global) {
  'use strict';

  const ESCAPES = { '\\': '\\\\', '\r': '\\r', '\n': '\\n', ':': '\\c' };
  const UNESCAPES = { '\\\\': '\\', '\\r': '\r', '\\n': '\n', '\\c': ':' };
  // STOMP 1.2: CONNECT and CONNECTED headers are sent verbatim (1.0 servers do not unescape).
  const VERBATIM = new Set(['CONNECT', 'CONNECTED']);
  const utf8 = new TextEncoder();

  const escapeHeader = (s) => String(s).replace(/[\\\r\n:]/g, (c) => ESCAPES[c]);
  const unescapeHeader = (s) => s.replace(/\\.?/g, (seq) => {
    if (!(seq in UNESCAPES)) throw new Error('STOMP: invalid header escape ' + JSON.stringify(seq));
    return UNESCAPES[seq];
  });

  function encodeFrame(command, headers = {}, body = '') {
    const verbatim = VERBATIM.has(command);
    const all = { ...headers };
    // content-length counts UTF-8 bytes, not UTF-16 code units.
    if (body && all['content-length'] == null) all['content-length'] = utf8.encode(body).length;
    let out = command + '\n';
    for (const [name, value] of Object.entries(all)) {
      if (value == null) continue;
      out += verbatim ? `${name}:${value}\n` : `${escapeHeader(name)}:${escapeHeader(value)}\n`;
    }
    return out + '\n' + body + '\0';
  }

  // Index in s reached after consuming `bytes` UTF-8 bytes from `start`; -1 if s ends first.
  function advanceUtf8(s, start, bytes) {
    let i = start;
    while (bytes > 0) {
      if (i >= s.length) return -1;
      const cp = s.codePointAt(i);
      bytes -= cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += cp > 0xffff ? 2 : 1;
    }
    if (bytes < 0) throw new Error('STOMP: content-length splits a character');
    return i;
  }

  // Incremental parser: push() text as it arrives and get back the complete frames.
  // Handles several frames per chunk, frames split across chunks and heart-beat EOLs.
  function createParser() {
    let buffer = '';
    return {
      push(chunk) {
        buffer += chunk;
        const frames = [];
        for (;;) {
          buffer = buffer.replace(/^(?:\r?\n)+/, '');
          const headEnd = /\r?\n\r?\n/.exec(buffer);
          if (!headEnd) break;
          const lines = buffer.slice(0, headEnd.index).split(/\r?\n/);
          const command = lines.shift();
          const verbatim = VERBATIM.has(command);
          const headers = {};
          for (const line of lines) {
            const colon = line.indexOf(':');
            if (colon < 0) throw new Error('STOMP: malformed header line ' + JSON.stringify(line));
            const name = verbatim ? line.slice(0, colon) : unescapeHeader(line.slice(0, colon));
            const value = verbatim ? line.slice(colon + 1) : unescapeHeader(line.slice(colon + 1));
            if (!(name in headers)) headers[name] = value; // repeated header: the first one wins
          }
          const bodyStart = headEnd.index + headEnd[0].length;
          let bodyEnd;
          if (headers['content-length'] != null) {
            bodyEnd = advanceUtf8(buffer, bodyStart, parseInt(headers['content-length'], 10) || 0);
            if (bodyEnd < 0 || bodyEnd >= buffer.length) break; // wait for the rest
            if (buffer[bodyEnd] !== '\0') throw new Error('STOMP: frame body not NUL-terminated');
          } else {
            bodyEnd = buffer.indexOf('\0', bodyStart);
            if (bodyEnd < 0) break;
          }
          frames.push({ command, headers, body: buffer.slice(bodyStart, bodyEnd) });
          buffer = buffer.slice(bodyEnd + 1);
        }
        return frames;
      },
    };
  }

  class Client {
    constructor(url, { heartbeat = [10000, 10000], WebSocket = global.WebSocket } = {}) {
      this.url = url;
      this.heartbeat = heartbeat; // [client sends every ms, client wants to receive every ms]
      this.WebSocket = WebSocket;
      this.connected = false;
      this.onConnect = () => {};
      this.onStompError = () => {};
      this.onReceipt = () => {};
      this.onClose = () => {};
      this._subs = new Map();
      this._receipts = new Map();
      this._timers = [];
      this._ids = 0;
    }

    connect(headers = {}) {
      const ws = (this.ws = new this.WebSocket(this.url, ['v12.stomp']));
      const decoder = new TextDecoder();
      this._parser = createParser();
      ws.binaryType = 'arraybuffer';
      ws.onopen = () => this._transmit('CONNECT', {
        'accept-version': '1.2', 'heart-beat': this.heartbeat.join(','), ...headers,
      });
      ws.onmessage = (event) => {
        this._lastReceived = Date.now();
        const text = typeof event.data === 'string' ? event.data : decoder.decode(event.data, { stream: true });
        let frames;
        try { frames = this._parser.push(text); } catch (err) { this._abort(err); return; }
        frames.forEach((frame) => this._dispatch(frame));
      };
      ws.onerror = () => {}; // a close event always follows
      ws.onclose = (event) => {
        this._timers.forEach(clearInterval);
        this._timers = [];
        this.connected = false;
        this._subs.clear();
        this.onClose(event);
      };
    }

    subscribe(destination, callback, headers = {}) {
      const id = 'sub-' + ++this._ids;
      this._subs.set(id, callback);
      this._transmit('SUBSCRIBE', { ...headers, id, destination, ack: 'auto' });
      return { id, unsubscribe: () => this.unsubscribe(id) };
    }

    unsubscribe(id) {
      this._subs.delete(id);
      return this._transmit('UNSUBSCRIBE', { id });
    }

    /** Returns false when the socket is not open (the frame was not handed over). */
    send(destination, body = '', headers = {}) {
      return this._transmit('SEND', { ...headers, destination }, body);
    }

    /** Graceful close: DISCONNECT with a receipt, then close the socket (or after a timeout). */
    disconnect() {
      if (!this.ws) return;
      if (!this.connected) { this.ws.close(); return; }
      const receipt = 'disconnect-' + ++this._ids;
      const fallback = setTimeout(() => this.ws.close(), 2000);
      this._receipts.set(receipt, () => { clearTimeout(fallback); this.ws.close(); });
      this._transmit('DISCONNECT', { receipt });
      this.connected = false;
    }

    _dispatch(frame) {
      const h = frame.headers;
      switch (frame.command) {
        case 'CONNECTED':
          this.connected = true;
          this._startHeartbeat(h['heart-beat']);
          this.onConnect(frame);
          break;
        case 'MESSAGE': {
          const callback = this._subs.get(h.subscription);
          if (callback) callback(frame);
          break;
        }
        case 'RECEIPT': {
          const callback = this._receipts.get(h['receipt-id']) || this.onReceipt;
          this._receipts.delete(h['receipt-id']);
          callback(frame);
          break;
        }
        case 'ERROR':
          this.onStompError(frame); // the server closes the connection after an ERROR
          break;
      }
    }

    // heart-beat negotiation (STOMP 1.2 §Heart-beating): each side uses the larger of the two wishes.
    _startHeartbeat(header = '0,0') {
      const [serverSends, serverWants] = header.split(',').map((n) => parseInt(n, 10) || 0);
      const [clientSends, clientWants] = this.heartbeat;
      if (clientSends && serverWants) {
        const every = Math.max(clientSends, serverWants);
        this._timers.push(setInterval(() => this._raw('\n'), every));
      }
      if (clientWants && serverSends) {
        const every = Math.max(clientWants, serverSends);
        this._lastReceived = Date.now();
        // Allow twice the interval before declaring the server dead.
        this._timers.push(setInterval(() => {
          if (Date.now() - this._lastReceived > 2 * every) this._abort(new Error('STOMP: heart-beat timeout'));
        }, every));
      }
    }

    _abort(err) {
      this.lastError = err;
      this.ws.close();
    }

    _transmit(command, headers, body) {
      return this._raw(encodeFrame(command, headers, body));
    }

    _raw(data) {
      if (!this.ws || this.ws.readyState !== 1) return false;
      this.ws.send(data);
      return true;
    }
  }

  global.CivicStomp = { encodeFrame, createParser, Client };
})(typeof globalThis !== 'undefined' ? globalThis : this);
