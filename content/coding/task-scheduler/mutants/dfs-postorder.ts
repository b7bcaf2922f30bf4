// A DFS topological sort: valid order, but not the "smallest ready task first" order, and it reports
// only the tasks on a cycle as blocked, not the ones downstream of it.
function scheduleTasks(tasks: string[], deps: [string, string][]): { order: string[]; blocked: string[] } {
  const next = new Map<string, string[]>(tasks.map((t) => [t, []]));
  for (const [a, b] of deps) next.get(a)!.push(b);
  const state = new Map<string, number>(); // 1 = visiting, 2 = done
  const post: string[] = [];
  const onCycle = new Set<string>();
  const visit = (t: string, stack: string[]): void => {
    state.set(t, 1);
    stack.push(t);
    for (const b of [...next.get(t)!].sort().reverse()) {
      if (state.get(b) === 1) for (const x of stack.slice(stack.indexOf(b))) onCycle.add(x);
      else if (!state.get(b)) visit(b, stack);
    }
    stack.pop();
    state.set(t, 2);
    post.push(t);
  };
  for (const t of [...tasks].sort().reverse()) if (!state.get(t)) visit(t, []);
  const order = post.reverse().filter((t) => !onCycle.has(t));
  return { order, blocked: [...onCycle].sort() };
}
