// Compares numeric parts as JavaScript numbers, losing precision above 2^53.
const NUM = "(0|[1-9][0-9]*)";
const PRE_ID = "(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)";
const BUILD_ID = "[0-9A-Za-z-]+";
const SEMVER = new RegExp(
  `^${NUM}\\.${NUM}\\.${NUM}(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+${BUILD_ID}(?:\\.${BUILD_ID})*)?$`,
);

// Compares two digit strings without leading zeros, of any length.
function compareNumeric(a, b) {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareIdentifiers(a, b) {
  const an = /^[0-9]+$/.test(a), bn = /^[0-9]+$/.test(b);
  if (an && bn) return Number(a) - Number(b);
  if (an !== bn) return an ? -1 : 1; // numeric < alphanumeric
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareParsed(x, y) {
  for (let i = 0; i < 3; i++) {
    const c = Math.sign(Number(x.core[i]) - Number(y.core[i]));
    if (c !== 0) return c;
  }
  if (x.pre === null || y.pre === null) {
    if (x.pre === y.pre) return 0;
    return x.pre === null ? 1 : -1; // a release ranks above its pre-releases
  }
  const n = Math.min(x.pre.length, y.pre.length);
  for (let i = 0; i < n; i++) {
    const c = compareIdentifiers(x.pre[i], y.pre[i]);
    if (c !== 0) return c;
  }
  return Math.sign(x.pre.length - y.pre.length);
}

function sortVersions(versions) {
  const valid = [];
  const invalid = [];
  for (const v of versions) {
    const m = SEMVER.exec(v);
    if (!m) invalid.push(v);
    else valid.push({ v, core: [m[1], m[2], m[3]], pre: m[4] === undefined ? null : m[4].split(".") });
  }
  valid.sort(compareParsed); // Array.prototype.sort is stable
  return { sorted: valid.map((p) => p.v), invalid };
}
