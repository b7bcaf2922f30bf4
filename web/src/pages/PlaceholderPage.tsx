/** Sections that are not built yet say so plainly, and point to what works today. */
import { Link } from "react-router-dom";

export function PlaceholderPage({ title }: { title: string }) {
  return (
    <div className="stack">
      <h1>{title}</h1>
      <div className="card empty">
        <p>This section is not available yet.</p>
        <Link className="btn primary" to="/questions">Practise questions</Link>
      </div>
    </div>
  );
}
