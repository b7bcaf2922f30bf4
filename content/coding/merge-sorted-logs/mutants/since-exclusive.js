// Treats `since` as exclusive.
function mergeLogs(sources, since, limit) {
  const all = [];
  sources.forEach((lines, s) => lines.forEach(([t, m]) => { if (t > since) all.push([t, s, m]); }));
  all.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return all.slice(0, limit);
}
