/**
 * @param {string} line
 * @returns {{ method: string, target: string, version: string, form: string } | { error: string }}
 */
function parseRequestLine(line) {}
