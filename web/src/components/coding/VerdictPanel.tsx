/** One submission's outcome: the verdict with time and memory, each test, the first failure, errors. */
import { VERDICT_LABELS, type Submission } from "../../../../common/api/coding";

/** JSON for display: compact when short, indented when long. */
export function showValue(value: unknown): string {
  if (value === undefined) return "undefined";
  const compact = JSON.stringify(value);
  return compact.length <= 80 ? compact : JSON.stringify(value, null, 2);
}

export const formatMemory = (kb: number) => (kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${kb} KB`);

function Value({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="stack failure-value">
      <strong className="small">{label}</strong>
      <pre>{showValue(value)}</pre>
    </div>
  );
}

export function VerdictPanel({ submission, onRestore }: { submission: Submission; onRestore?(): void }) {
  if (submission.status === "queued" || submission.status === "running") {
    return (
      <div className="row" role="status" aria-live="polite" data-testid="verdict-pending">
        <span className="spinner" aria-hidden="true" />
        {submission.status === "queued" ? "Waiting for the judge…" : submission.mode === "run" ? "Running the examples…" : "Running every test…"}
      </div>
    );
  }
  if (submission.status === "error" || !submission.result) {
    return <div className="alert error" role="alert" data-testid="verdict">{submission.error ?? "The judge failed."}</div>;
  }

  const result = submission.result;
  const accepted = result.verdict === "accepted";
  const passed = result.tests.filter((t) => t.passed).length;
  const failure = result.firstFailure;

  return (
    <div className="stack" data-testid="verdict-panel">
      <div className="spread" role="status" aria-live="polite">
        <div className="row">
          <span className={`verdict ${accepted ? "ok" : "bad"}`} data-testid="verdict">{VERDICT_LABELS[result.verdict]}</span>
          <span className="small muted">
            {submission.mode === "run" ? "Examples only" : "All tests"} · {passed}/{result.tests.length} passed
          </span>
        </div>
        {accepted && (
          <span className="small muted" data-testid="verdict-measures">
            {result.timeMs} ms · {formatMemory(result.memoryKb)}
          </span>
        )}
      </div>

      {result.compileError && (
        <div className="stack">
          <strong>Compiler output</strong>
          <pre className="error-output">{result.compileError}</pre>
        </div>
      )}

      {failure && (
        <div className="failure stack" data-testid="first-failure">
          <strong>
            First failing test: {failure.name} {failure.hidden && <span className="badge">hidden</span>}
          </strong>
          {failure.hidden && <p className="small muted">Hidden tests do not show their input or expected output. Think about edge cases the examples do not cover.</p>}
          {failure.input !== undefined && <Value label="Input" value={failure.input} />}
          {failure.expected !== undefined && <Value label="Expected" value={failure.expected} />}
          {"got" in failure && <Value label="Your output" value={failure.got} />}
          {failure.error && (
            <div className="stack">
              <strong className="small">Error</strong>
              <pre className="error-output">{failure.error}</pre>
            </div>
          )}
        </div>
      )}

      {result.tests.length > 0 && (
        <div className="table-scroll">
          <table className="tests-table" data-testid="test-results">
            <caption className="sr-only">Test results</caption>
            <thead>
              <tr><th scope="col">Test</th><th scope="col">Result</th><th scope="col">Time</th></tr>
            </thead>
            <tbody>
              {result.tests.map((test) => (
                <tr key={test.name} className={test.passed ? "pass" : "fail"}>
                  <td>{test.name} {test.hidden && <span className="badge">hidden</span>}</td>
                  <td>{test.passed ? <span className="pass-mark">✓ passed</span> : <span className="fail-mark">✗ failed</span>}</td>
                  <td className="small muted">{test.timeMs.toFixed(test.timeMs < 10 ? 2 : 0)} ms</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {result.stderr && (
        <details>
          <summary>Output on stderr</summary>
          <pre className="error-output">{result.stderr}</pre>
        </details>
      )}
      {onRestore && <button className="btn small" type="button" onClick={onRestore}>Put this code back in the editor</button>}
    </div>
  );
}
