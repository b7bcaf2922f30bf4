// Promise.all in chunks of `limit`: each batch waits for its slowest task before the next starts.
function runPool(durations, limit) {
  const finish = [];
  let batchStart = 0;
  for (let i = 0; i < durations.length; i += limit) {
    const batch = durations.slice(i, i + limit);
    for (const d of batch) finish.push(batchStart + d);
    batchStart += Math.max(...batch);
  }
  const order = [...finish.keys()].sort((a, b) => finish[a] - finish[b] || a - b);
  return { finish, order, makespan: batchStart };
}
