/**
 * The smallest WebSocket server Slack's Socket Mode client needs (RFC 6455): the opening handshake,
 * text frames both ways, ping/pong and close. No extensions, no fragmentation on send. No
 * dependency: the fake stays a few files of Node.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export interface WebSocketPeer {
  send(text: string): void;
  ping(): void;
  close(code?: number, reason?: string): void;
  /** Drops the TCP connection without a close frame (a network cut). */
  destroy(): void;
  readonly open: boolean;
}

export interface PeerHandlers {
  message(text: string): void;
  closed(): void;
}

/** Completes the handshake on an 'upgrade' request; null (socket refused) if it is not a WebSocket one. */
export function acceptWebSocket(req: IncomingMessage, socket: Duplex, handlers: PeerHandlers): WebSocketPeer | null {
  const key = req.headers['sec-websocket-key'];
  if (typeof key !== 'string' || req.headers.upgrade?.toLowerCase() !== 'websocket') {
    socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    return null;
  }
  const accept = createHash('sha1').update(key + GUID).digest('base64');
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  let open = true;
  let buffered = Buffer.alloc(0);
  const frame = (opcode: number, payload: Buffer) => {
    if (!open && opcode !== 0x8) return;
    const length = payload.length;
    const header = length < 126 ? Buffer.from([0x80 | opcode, length]) : length < 65536 ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 255]) : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLength(length)]);
    socket.write(Buffer.concat([header, payload]));
  };
  const finish = () => {
    if (!open) return;
    open = false;
    handlers.closed();
  };
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (;;) {
      const parsed = readFrame(buffered);
      if (!parsed) break;
      buffered = buffered.subarray(parsed.size);
      if (parsed.opcode === 0x1) handlers.message(parsed.payload.toString('utf8'));
      else if (parsed.opcode === 0x9) frame(0xa, parsed.payload); // ping → pong
      else if (parsed.opcode === 0x8) {
        frame(0x8, parsed.payload.subarray(0, 2));
        finish();
        socket.end();
      }
    }
  });
  socket.on('close', finish);
  socket.on('error', finish);
  return {
    send: (text) => frame(0x1, Buffer.from(text, 'utf8')),
    ping: () => frame(0x9, Buffer.from('fake-slack')),
    close: (code = 1000, reason = '') => {
      const payload = Buffer.concat([Buffer.from([code >> 8, code & 255]), Buffer.from(reason)]);
      frame(0x8, payload);
      finish();
      socket.end();
    },
    destroy: () => {
      finish();
      socket.destroy();
    },
    get open() {
      return open;
    },
  };
}

function bigLength(length: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(length));
  return b;
}

/** One complete frame from the start of `data`, unmasked; null while it is incomplete. */
function readFrame(data: Buffer): { opcode: number; payload: Buffer; size: number } | null {
  if (data.length < 2) return null;
  const opcode = data[0]! & 0x0f;
  const masked = (data[1]! & 0x80) !== 0;
  let length = data[1]! & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (data.length < 4) return null;
    length = data.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (data.length < 10) return null;
    length = Number(data.readBigUInt64BE(2));
    offset = 10;
  }
  const maskAt = offset;
  if (masked) offset += 4;
  if (data.length < offset + length) return null;
  const payload = Buffer.from(data.subarray(offset, offset + length));
  if (masked) for (let i = 0; i < payload.length; i++) payload[i]! ^= data[maskAt + (i % 4)]!;
  return { opcode, payload, size: offset + length };
}
