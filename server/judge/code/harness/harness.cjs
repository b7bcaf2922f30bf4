// Runs inside the sandbox: reads {nonce, kind, entry, source, cases} on stdin, compiles the user's
// code once, runs every case and writes one result line per case to fd 3. It never sees expected
// values: the parent compares. Everything the harness needs is captured before user code runs, so
// ordinary monkey-patching (console, JSON, process.exit) cannot disturb it; a determined program can
// still write to fd 3, which is why the parent demands the nonce, one line per case, and compares
// values it alone holds.
"use strict";
const fs = require("fs");
const vm = require("vm");
const moduleApi = require("module");

const writeSync = fs.writeSync;
const readFileSync = fs.readFileSync;
const parse = JSON.parse;
const stringify = JSON.stringify;
const apply = Reflect.apply;
const construct = Reflect.construct;
const perfNow = performance.now.bind(performance);
const reallyExit = process.reallyExit.bind(process);
const toStr = String;
const CHANNEL = 3;
const MAX_MESSAGE = 2000;

function emitLine(line) {
  const buf = Buffer.from(line + "\n", "utf8");
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(CHANNEL, buf, off, buf.length - off);
    } catch (err) {
      if (err && err.code === "EAGAIN") continue;
      throw err;
    }
  }
}

function describeError(err) {
  let type = "Error";
  let message = "";
  try {
    if (err !== null && typeof err === "object") {
      type = toStr(err.name || (err.constructor && err.constructor.name) || "Error");
      message = toStr(err.stack || err.message || "");
    } else {
      type = "Thrown";
      message = toStr(err);
    }
  } catch (_) {
    message = "(unprintable error)";
  }
  return { type: type.slice(0, 100), message: message.slice(0, MAX_MESSAGE) };
}

function main() {
  const payload = parse(readFileSync(0, "utf8"));
  const nonce = payload.nonce;
  const cases = payload.cases;
  const emit = (tag, index, ms, body) => emitLine(nonce + " " + tag + " " + index + " " + ms.toFixed(3) + " " + body);

  let entry;
  try {
    // One line of wrapper before the user's first line keeps line numbers in messages right.
    const wrapped =
      "(function (require, module, exports) {" +
      payload.source +
      "\n;return typeof " + payload.entry + " === 'undefined' ? undefined : " + payload.entry + ";\n})";
    const script = new vm.Script(wrapped, { filename: "solution.js" });
    const factory = script.runInThisContext();
    const userModule = { exports: {} };
    // Top-level code runs once, before the first case; an exception there fails every case.
    const started = perfNow();
    try {
      entry = apply(factory, undefined, [moduleApi.createRequire("/sandbox/solution.js"), userModule, userModule.exports]);
    } catch (err) {
      emit("E", -1, perfNow() - started, stringify(describeError(err)));
      return;
    }
  } catch (err) {
    emit("C", -1, 0, stringify(describeError(err)));
    return;
  }
  if (typeof entry !== "function") {
    emit("E", -1, 0, stringify({ type: "EntryNotFound", message: payload.entry + " is not defined at top level" }));
    return;
  }

  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const started = perfNow();
    let value;
    try {
      if (payload.kind === "class") {
        const instance = construct(entry, c.ctor);
        const out = [];
        for (let j = 0; j < c.ops.length; j++) {
          const method = instance[c.ops[j]];
          if (typeof method !== "function") throw new TypeError(c.ops[j] + " is not a method of " + payload.entry);
          const r = apply(method, instance, c.args[j]);
          out[j] = r === undefined ? null : r;
        }
        value = out;
      } else {
        value = apply(entry, undefined, c.args);
      }
    } catch (err) {
      // Stop at the first exception: after a RangeError for memory or stack the process is suspect,
      // and the verdict is decided by the first failing case anyway.
      emit("E", i, perfNow() - started, stringify(describeError(err)));
      return;
    }
    const ms = perfNow() - started;
    let body;
    try {
      body = value === undefined ? "null" : stringify(value);
      if (body === undefined) body = "null";
    } catch (err) {
      emit("E", i, ms, stringify({ type: "SerializationError", message: "the return value is not JSON: " + describeError(err).message }));
      return;
    }
    emit("R", i, ms, body);
  }
  emit("D", cases.length, 0, "{}");
}

main();
// Exit at once: timers, open handles or 'exit' listeners left by user code must not keep running.
reallyExit(0);
