function encodeCursor([createdAt, id]) {
  return Buffer.from(`${createdAt}:${id}`, "ascii").toString("base64url"); // base64url has no padding
}

function decodeCursor(cursor) {
  if (!/^[A-Za-z0-9_-]*$/.test(cursor)) return null;
  const text = Buffer.from(cursor, "base64url").toString("latin1");
  const m = /^(0|[1-9][0-9]*):(0|[1-9][0-9]*)$/.exec(text);
  if (!m) return null;
  const key = [Number(m[1]), Number(m[2])];
  return encodeCursor(key) === cursor ? key : null; // rejects padding and non-canonical bits
}

// true if item a comes strictly after key b in the order (createdAt desc, id desc)
function after(a, b) {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

function paginate(items, pageSize, cursor) {
  let start = 0;
  if (cursor !== null) {
    const key = decodeCursor(cursor);
    if (key === null) return { error: "invalid cursor" };
    let lo = 0, hi = items.length; // first index whose item comes after key
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (after(items[mid], key)) hi = mid;
      else lo = mid + 1;
    }
    start = lo;
  }
  const page = items.slice(start, start + pageSize);
  const more = start + pageSize < items.length;
  return { items: page, nextCursor: more ? encodeCursor(page[page.length - 1]) : null };
}
