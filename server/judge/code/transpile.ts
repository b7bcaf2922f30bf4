// TypeScript → JavaScript with esbuild, outside the sandbox. esbuild strips types without
// checking them: syntax errors become compile_error, type errors do not block (docs/code-judge.md).
import { transform } from "esbuild";

export type TranspileResult = { ok: true; code: string } | { ok: false; message: string };

export async function transpileTypeScript(source: string): Promise<TranspileResult> {
  try {
    // No format conversion: the user's top-level declarations must stay top-level for the harness.
    const out = await transform(source, { loader: "ts", target: "es2022", sourcefile: "solution.ts", logLevel: "silent" });
    return { ok: true, code: out.code };
  } catch (err) {
    const errors = (err as { errors?: { text: string; location?: { line: number; column: number } | null }[] }).errors;
    if (!errors) throw err;
    const message = errors
      .map((e) => (e.location ? `solution.ts:${e.location.line}:${e.location.column + 1}: ${e.text}` : e.text))
      .join("\n");
    return { ok: false, message };
  }
}
