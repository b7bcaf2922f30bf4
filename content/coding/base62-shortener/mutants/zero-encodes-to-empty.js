// Encodes id 0 as the empty string.
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

function encode62(id) {
  let code = "";
  while (id > 0) {
    code = ALPHABET[id % 62] + code;
    id = Math.floor(id / 62);
  }
  return code;
}

function decode62(code) {
  if (code.length === 0 || (code.length > 1 && code[0] === "0")) return null;
  let id = 0;
  for (const ch of code) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) return null;
    id = id * 62 + digit;
  }
  return id;
}

class UrlShortener {
  constructor(startId) {
    this.nextId = startId;
    this.codeOf = new Map(); // url -> code
    this.urlOf = new Map(); // id -> url
  }

  shorten(url) {
    let code = this.codeOf.get(url);
    if (code === undefined) {
      const id = this.nextId++;
      code = encode62(id);
      this.codeOf.set(url, code);
      this.urlOf.set(id, url);
    }
    return code;
  }

  expand(code) {
    const id = decode62(code);
    if (id === null) return null;
    return this.urlOf.get(id) ?? null;
  }
}
