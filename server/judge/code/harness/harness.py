# Runs inside the sandbox: reads {nonce, kind, entry, source, cases} on stdin, compiles the user's
# code once, runs every case and writes one result line per case to fd 3. It never sees expected
# values: the parent compares. What the harness needs is bound as locals before user code runs, so
# ordinary monkey-patching (print, json, sys.exit) cannot disturb it; a determined program can still
# write to fd 3, which is why the parent demands the nonce, one line per case, and compares values
# it alone holds.
import _json
import os
import sys
import time


# The json package costs ~17 ms to import (re, enum, functools); its C core is all we need.
class _DecodeContext:
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = None
    memo = None


def _reject(value):
    raise TypeError("%s is not JSON serializable" % type(value).__name__)


def _make_json():
    scan = _json.make_scanner(_DecodeContext())
    encode = _json.make_encoder(None, _reject, _json.encode_basestring_ascii, None, ":", ",", False, False, False)

    def loads(text):
        value, end = scan(text, 0)
        return value

    def dumps(value):
        return "".join(encode(value, 0))

    return loads, dumps


_loads, _dumps = _make_json()


def main(write=os.write, loads=_loads, dumps=_dumps, perf=time.perf_counter, exit_now=os._exit):
    channel = 3
    max_message = 2000

    def emit(tag, index, ms, body):
        data = ("%s %s %d %.3f %s\n" % (nonce, tag, index, ms, body)).encode("utf-8")
        view = memoryview(data)
        while view:
            view = view[write(channel, view):]

    def describe(err):
        try:
            message = "%s: %s" % (type(err).__name__, err)
            tb = err.__traceback__
            frames = []
            while tb is not None:
                if tb.tb_frame.f_code.co_filename == "solution.py":
                    frames.append("  solution.py line %d in %s" % (tb.tb_lineno, tb.tb_frame.f_code.co_name))
                tb = tb.tb_next
            if frames:
                message += "\n" + "\n".join(frames[-5:])
            return {"type": type(err).__name__[:100], "message": message[:max_message]}
        except BaseException:
            return {"type": "Error", "message": "(unprintable error)"}

    payload = loads(sys.stdin.buffer.read().decode("utf-8"))
    nonce = payload["nonce"]
    cases = payload["cases"]
    kind = payload["kind"]
    entry_name = payload["entry"]

    def finish(code):
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:
            pass
        exit_now(code)

    try:
        code = compile(payload["source"], "solution.py", "exec")
    except (SyntaxError, ValueError) as err:
        line = getattr(err, "lineno", None)
        text = "%s: %s" % (type(err).__name__, getattr(err, "msg", err))
        if line:
            text += " (solution.py, line %d)" % line
        emit("C", -1, 0, dumps({"type": type(err).__name__, "message": text[:max_message]}))
        finish(0)

    namespace = {"__name__": "solution", "__builtins__": __builtins__}
    started = perf()
    try:
        exec(code, namespace)
    except BaseException as err:
        emit("E", -1, (perf() - started) * 1000, dumps(describe(err)))
        finish(0)
    entry = namespace.get(entry_name)
    if not callable(entry):
        emit("E", -1, 0, dumps({"type": "EntryNotFound", "message": "%s is not defined at top level" % entry_name}))
        finish(0)

    for i, case in enumerate(cases):
        started = perf()
        try:
            if kind == "class":
                instance = entry(*case["ctor"])
                out = []
                for op, args in zip(case["ops"], case["args"]):
                    method = getattr(instance, op, None)
                    if not callable(method):
                        raise TypeError("%s is not a method of %s" % (op, entry_name))
                    out.append(method(*args))
                value = out
            else:
                value = entry(*case["args"])
        except BaseException as err:  # SystemExit and KeyboardInterrupt too: the case failed
            # Stop at the first exception: after MemoryError or RecursionError the process is
            # suspect, and the verdict is decided by the first failing case anyway.
            emit("E", i, (perf() - started) * 1000, dumps(describe(err)))
            finish(0)
        ms = (perf() - started) * 1000
        try:
            body = dumps(value)
        except BaseException as err:
            emit("E", i, ms, dumps({"type": "SerializationError", "message": "the return value is not JSON: %s" % err}))
            finish(0)
        emit("R", i, ms, body)
    emit("D", len(cases), 0, "{}")
    finish(0)


sys.setrecursionlimit(20000)
main()
