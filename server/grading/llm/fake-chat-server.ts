/**
 * Test double: a local HTTP server (127.0.0.1, random port) that speaks the Chat
 * Completions protocol, including streaming server-sent events, so the LLM grader is
 * tested against real HTTP with scripted replies (good, malformed, slow, 429, 500).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ChatRequest {
  body: { model?: string; stream?: boolean; messages?: { role: string; content: string }[] };
  headers: IncomingMessage["headers"];
}

export type Responder = (req: ChatRequest, res: ServerResponse, attempt: number) => void | Promise<void>;

export interface FakeChatServer {
  baseURL: string;
  requests: ChatRequest[];
  respond(responder: Responder): void;
  close(): Promise<void>;
}

/** Writes `content` as a streamed completion, in pieces of `pieceSize` characters. */
export async function streamContent(res: ServerResponse, content: string, { pieceSize = 7, delayMs = 0 } = {}): Promise<void> {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  for (let i = 0; i < content.length; i += pieceSize) {
    const chunk = { id: "chatcmpl-fake", object: "chat.completion.chunk", created: 0, model: "fake", choices: [{ index: 0, delta: { content: content.slice(i, i + pieceSize) }, finish_reason: null }] };
    res.write(`data: ${JSON.stringify(chunk)}\n\n`);
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
  }
  res.write(`data: ${JSON.stringify({ id: "chatcmpl-fake", object: "chat.completion.chunk", created: 0, model: "fake", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`);
  res.write("data: [DONE]\n\n");
  res.end();
}

export function sendError(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify({ error: { message: `fake error ${status}`, type: "server_error" } }));
}

export async function startFakeChatServer(): Promise<FakeChatServer> {
  let responder: Responder = (_req, res) => sendError(res, 500);
  const requests: ChatRequest[] = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    req.on("end", () => {
      const chat: ChatRequest = { body: raw ? (JSON.parse(raw) as ChatRequest["body"]) : {}, headers: req.headers };
      requests.push(chat);
      Promise.resolve(responder(chat, res, requests.length)).catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    respond(r) {
      responder = r;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
