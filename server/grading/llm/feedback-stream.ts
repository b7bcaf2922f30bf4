/**
 * Pulls the "feedback" string out of a JSON object while it is still being streamed,
 * so the narrative reaches the candidate as the model writes it, before the whole
 * JSON document (and its validation) is complete.
 */
const FIELD = /"feedback"\s*:\s*"/;

export class FeedbackStreamExtractor {
  private text = "";
  private valueStart = -1;
  private cursor = 0;
  private done = false;

  /** Feeds more raw model output; returns the newly decoded feedback text (may be ""). */
  push(chunk: string): string {
    this.text += chunk;
    if (this.done) return "";
    if (this.valueStart < 0) {
      const m = FIELD.exec(this.text);
      if (!m) return "";
      this.valueStart = m.index + m[0].length;
      this.cursor = this.valueStart;
    }
    let out = "";
    while (this.cursor < this.text.length) {
      const ch = this.text[this.cursor]!;
      if (ch === '"') {
        this.done = true;
        break;
      }
      if (ch !== "\\") {
        out += ch;
        this.cursor++;
        continue;
      }
      // An escape: wait until it is complete before decoding it.
      const next = this.text[this.cursor + 1];
      if (next === undefined) break;
      if (next === "u") {
        const hex = this.text.slice(this.cursor + 2, this.cursor + 6);
        if (hex.length < 4) break;
        out += String.fromCharCode(parseInt(hex, 16));
        this.cursor += 6;
        continue;
      }
      const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", '"': '"', "\\": "\\", "/": "/" };
      out += map[next] ?? next;
      this.cursor += 2;
    }
    return out;
  }
}
