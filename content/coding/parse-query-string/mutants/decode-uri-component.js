// Uses decodeURIComponent: throws URIError on a stray '%' and leaves '+' as '+'.
function parseQuery(qs) {
  const result = {};
  const body = qs.startsWith("?") ? qs.slice(1) : qs;
  for (const piece of body.split("&")) {
    if (piece === "") continue;
    const eq = piece.indexOf("=");
    const name = decodeURIComponent(eq < 0 ? piece : piece.slice(0, eq));
    const value = eq < 0 ? "" : decodeURIComponent(piece.slice(eq + 1));
    (result[name] ??= []).push(value);
  }
  return result;
}
