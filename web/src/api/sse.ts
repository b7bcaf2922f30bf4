/**
 * POSTs JSON and reads a server-sent events response (fetch, not EventSource, which
 * cannot POST): calls onEvent for every event as it arrives.
 */
import type { Problem } from "../../../common/api/problem";
import { ApiError } from "./client";

export async function postForEvents(path: string, body: unknown, onEvent: (event: string, data: unknown) => void): Promise<void> {
  const response = await fetch(`/api/v1${path}`, {
    method: "POST",
    headers: { accept: "text/event-stream", "content-type": "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  if (!response.ok || !response.body) {
    const problem = (await response.json().catch(() => ({ type: "about:blank", title: response.statusText, status: response.status }))) as Problem;
    throw new ApiError(problem);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
      const data = /^data: (.*)$/m.exec(block)?.[1];
      onEvent(event, data ? JSON.parse(data) : undefined);
    }
  }
}
