// Parses the harness's result channel: lines "<nonce> <tag> <index> <ms> <json>". The parent
// trusts a line only if it carries this run's nonce, names a case index once, and holds valid
// JSON; anything else means the channel was tampered with (or the harness broke) and the run fails.

export interface CaseError {
  type: string;
  message: string;
}

export type CaseReport = { index: number; timeMs: number } & ({ ok: true; value: unknown } | { ok: false; error: CaseError });

export interface HarnessReport {
  compileError?: CaseError;
  /** An error before any case ran: top-level code threw, or the entry is missing. */
  setupError?: CaseError;
  cases: Map<number, CaseReport>;
  done: boolean;
  /** Why the channel cannot be trusted, if it cannot. */
  tampered?: string;
}

function asError(value: unknown): CaseError {
  if (value && typeof value === "object") {
    const v = value as Record<string, unknown>;
    return { type: String(v.type ?? "Error"), message: String(v.message ?? "") };
  }
  return { type: "Error", message: String(value) };
}

export function parseHarnessChannel(text: string, nonce: string, caseCount: number): HarnessReport {
  const report: HarnessReport = { cases: new Map(), done: false };
  const lines = text.split("\n");
  // A final fragment without newline is a line cut by a kill: ignore it, the case simply did not finish.
  if (lines.length && !text.endsWith("\n")) lines.pop();
  for (const line of lines) {
    if (!line) continue;
    const match = /^(\S+) ([RECD]) (-?\d+) (\d+(?:\.\d+)?) (.*)$/s.exec(line);
    if (!match || match[1] !== nonce) {
      report.tampered = "a line on the result channel did not come from the harness";
      return report;
    }
    if (report.done) {
      report.tampered = "lines after the end of the run";
      return report;
    }
    const [, , tag, indexText, msText, json] = match as unknown as [string, string, string, string, string, string];
    const index = Number(indexText);
    let body: unknown;
    try {
      body = JSON.parse(json);
    } catch {
      report.tampered = "a result line held invalid JSON";
      return report;
    }
    if (tag === "C") report.compileError = asError(body);
    else if (tag === "D") {
      if (index !== caseCount || report.cases.size !== caseCount) {
        report.tampered = "the run ended without a result for every case";
        return report;
      }
      report.done = true;
    } else if (index === -1 && tag === "E") report.setupError = asError(body);
    else {
      if (index < 0 || index >= caseCount || report.cases.has(index)) {
        report.tampered = `a duplicate or unknown case index ${index}`;
        return report;
      }
      const timeMs = Number(msText);
      report.cases.set(index, tag === "R" ? { index, timeMs, ok: true, value: body } : { index, timeMs, ok: false, error: asError(body) });
    }
  }
  return report;
}
