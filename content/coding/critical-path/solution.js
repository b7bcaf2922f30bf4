function criticalPath(tasks, deps) {
  const duration = new Map(tasks);
  const preds = new Map(tasks.map(([t]) => [t, []]));
  const succs = new Map(tasks.map(([t]) => [t, []]));
  const indegree = new Map(tasks.map(([t]) => [t, 0]));
  for (const [a, b] of deps) {
    preds.get(b).push(a);
    succs.get(a).push(b);
    indegree.set(b, indegree.get(b) + 1);
  }

  // Kahn's algorithm: any order works for the times; a cycle leaves tasks unvisited
  const order = [];
  for (const [t, d] of indegree) if (d === 0) order.push(t);
  for (let i = 0; i < order.length; i++) {
    for (const s of succs.get(order[i])) {
      indegree.set(s, indegree.get(s) - 1);
      if (indegree.get(s) === 0) order.push(s);
    }
  }
  if (order.length !== duration.size) return null;

  const es = new Map(), ef = new Map();
  for (const t of order) {
    const start = preds.get(t).reduce((m, p) => Math.max(m, ef.get(p)), 0);
    es.set(t, start);
    ef.set(t, start + duration.get(t));
  }
  let makespan = 0;
  for (const f of ef.values()) makespan = Math.max(makespan, f);

  const ls = new Map();
  for (let i = order.length - 1; i >= 0; i--) {
    const t = order[i];
    const lf = succs.get(t).reduce((m, s) => Math.min(m, ls.get(s)), makespan);
    ls.set(t, lf - duration.get(t));
  }
  const slack = {};
  for (const [t] of tasks) slack[t] = ls.get(t) - es.get(t);

  const smallest = (names) => names.reduce((m, x) => (m === null || x < m ? x : m), null);
  const path = [];
  let cur = smallest(tasks.map(([t]) => t).filter((t) => ef.get(t) === makespan));
  while (cur !== null) {
    path.push(cur);
    cur = smallest(preds.get(cur).filter((p) => ef.get(p) === es.get(cur)));
  }
  path.reverse();
  return { makespan, path, slack };
}
