/**
 * @param {unknown} a
 * @param {unknown} b
 * @returns {{ op: "add" | "remove" | "replace", path: string, old?: unknown, value?: unknown }[]}
 */
function deepDiff(a, b) {}
