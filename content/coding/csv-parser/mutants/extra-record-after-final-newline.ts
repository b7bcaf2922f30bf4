// Emits an empty record after a final line ending.
function parseCsv(text: string): string[][] | { error: string; index: number } {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  const n = text.length;
  if (n === 0) return records;
  for (;;) {
    // at the start of a field
    if (text[i] === '"') {
      const open = i;
      i++;
      for (;;) {
        if (i >= n) return { error: "unterminated-quote", index: open };
        const q = text.indexOf('"', i);
        if (q < 0) return { error: "unterminated-quote", index: open };
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      if (i < n && text[i] !== "," && text[i] !== "\n" && !(text[i] === "\r" && text[i + 1] === "\n"))
        return { error: "unexpected-character", index: i };
    } else {
      const start = i;
      while (i < n && text[i] !== "," && text[i] !== "\n" && !(text[i] === "\r" && text[i + 1] === "\n")) {
        if (text[i] === '"') return { error: "unexpected-quote", index: i };
        i++;
      }
      field = text.slice(start, i);
    }
    record.push(field);
    field = "";
    // at a separator, a line ending or the end
    if (i >= n) {
      records.push(record);
      return records;
    }
    if (text[i] === ",") {
      i++;
      continue;
    }
    i += text[i] === "\r" ? 2 : 1; // "\r\n" or "\n"
    records.push(record);
    record = [];
    if (i >= n) {
      records.push([""]); // treats the final line ending as starting an empty record
      return records;
    }
  }
}
