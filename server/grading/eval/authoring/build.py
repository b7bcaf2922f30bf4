"""Builds server/grading/eval/answers.jsonl from the batch files (authoring source)."""
import json, importlib, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import common
for b in sorted(f[:-3] for f in os.listdir(os.path.dirname(__file__) or ".") if f.startswith("batch") and f.endswith(".py")):
    importlib.import_module(b)
out = os.path.join(os.path.dirname(__file__), "..", "answers.jsonl")
per = {}
with open(out, "w") as f:
    for i, r in enumerate(common.ROWS):
        per[r["question"]] = per.get(r["question"], 0) + 1
        f.write(json.dumps({"id": f"a{i+1:03d}", **r}, ensure_ascii=False) + "\n")
print(len(common.ROWS), "answers over", len(per), "questions")
