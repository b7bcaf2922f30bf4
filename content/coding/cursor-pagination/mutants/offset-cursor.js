// Encodes the position (offset) in the cursor instead of the sort key: pages shift when items are
// inserted or deleted between requests.
function paginate(items, pageSize, cursor) {
  let start = 0;
  if (cursor !== null) {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return { error: "invalid cursor" };
    const text = Buffer.from(cursor, "base64url").toString("latin1");
    const m = /^(0|[1-9][0-9]*):(0|[1-9][0-9]*)$/.exec(text);
    if (!m) return { error: "invalid cursor" };
    // find the item by value, then trust its old position... or fall back to the offset of equal createdAt
    const idx = items.findIndex((it) => it[0] === Number(m[1]) && it[1] === Number(m[2]));
    if (idx < 0) return { items: [], nextCursor: null };
    start = idx + 1;
  }
  const page = items.slice(start, start + pageSize);
  const more = start + pageSize < items.length;
  const last = page[page.length - 1];
  return { items: page, nextCursor: more ? Buffer.from(`${last[0]}:${last[1]}`).toString("base64url") : null };
}
