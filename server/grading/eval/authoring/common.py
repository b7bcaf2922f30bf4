"""Tiny authoring helper: batch files call Q(id) then A(kind, covered, misconceptions, text); emit() writes JSONL."""
import json
ROWS = []
_q = None
def Q(qid):
    global _q
    _q = qid
def A(kind, covered, misconceptions, text):
    ROWS.append({"question": _q, "kind": kind, "covered": covered, "misconceptions": misconceptions, "answer": text})
