// Splits on runs of whitespace, accepting double spaces and tabs.
const TOKEN = /^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$/;
const VERSION = /^HTTP\/[0-9]\.[0-9]$/;
const VISIBLE = /^[\x21-\x7e]+$/;
const AUTHORITY = /^[A-Za-z0-9.-]+:[0-9]{1,5}$/;
const ABSOLUTE = /^https?:\/\/./i;

function targetForm(method, target) {
  if (!VISIBLE.test(target)) return null;
  if (method === "CONNECT") return AUTHORITY.test(target) ? "authority" : null;
  if (target === "*") return method === "OPTIONS" ? "asterisk" : null;
  if (target.startsWith("/")) return "origin";
  if (ABSOLUTE.test(target)) return "absolute";
  return null;
}

function parseRequestLine(line) {
  const parts = line.trim().split(/\s+/);
  if (parts.length !== 3 || parts.some((p) => p === "")) return { error: "malformed" };
  const [method, target, version] = parts;
  if (!TOKEN.test(method)) return { error: "invalid-method" };
  if (!VERSION.test(version)) return { error: "invalid-version" };
  if (version !== "HTTP/1.0" && version !== "HTTP/1.1") return { error: "unsupported-version" };
  const form = targetForm(method, target);
  if (form === null) return { error: "invalid-target" };
  return { method, target, version, form };
}
