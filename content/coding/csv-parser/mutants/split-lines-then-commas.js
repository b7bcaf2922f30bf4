// Splits into lines first, then fields, handling quotes only within a line: breaks quoted newlines.
function parseCsv(text) {
  if (text === "") return [];
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const records = [];
  for (const line of lines) {
    const fields = [];
    let i = 0;
    for (;;) {
      if (line[i] === '"') {
        const open = i;
        let f = "";
        i++;
        for (;;) {
          const q = line.indexOf('"', i);
          if (q < 0) return { error: "unterminated-quote", index: open };
          f += line.slice(i, q);
          if (line[q + 1] === '"') {
            f += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        fields.push(f);
      } else {
        let j = line.indexOf(",", i);
        if (j < 0) j = line.length;
        const f = line.slice(i, j);
        if (f.includes('"')) return { error: "unexpected-quote", index: i + f.indexOf('"') };
        fields.push(f);
        i = j;
      }
      if (i >= line.length) break;
      i++;
      if (i === line.length) {
        fields.push("");
        break;
      }
    }
    records.push(fields);
  }
  return records;
}
