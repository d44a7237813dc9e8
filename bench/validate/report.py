#!/usr/bin/env python3
"""Writes the validation-cost section of bench/RESULTS.md from the JSON
lines of the four validation harnesses ({"lang", "message", "ns"}, one
file per language and repetition: <lang>-<rep>.jsonl), the median over the
repetitions, next to the section `make bench` writes (bench/report.py keeps
it). Stdlib only.

usage: report.py RESULTS_DIR RESULTS.md
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

BEGIN = "<!-- validation cost: written by bench/validate/report.py -->"
END = "<!-- end of validation cost -->"
NOTES = "<!-- notes: kept by report.py -->"
LANGS = ("rust", "go", "python", "ts")
LIBRARIES = {
    "rust": "prost-protovalidate 0.6 (kagzi-proto `validate`; encode + prost-reflect decode included)",
    "go": "buf.build/go/protovalidate v1.4.0",
    "python": "protovalidate 2.1.0 (native engine; Google protobuf messages)",
    "ts": "@bufbuild/protovalidate 1.3.0 (Node.js)",
}


def fmt(ns: float) -> str:
    return f"{ns / 1000:.2f} µs" if ns >= 10_000 else f"{ns:.0f} ns"


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    runs: dict[tuple[str, str], list[float]] = defaultdict(list)
    reps: dict[str, int] = defaultdict(int)
    for path in sorted(Path(argv[1]).glob("*-[0-9]*.jsonl")):
        lang = path.name.split("-", 1)[0]
        reps[lang] += 1
        for line in path.read_text().splitlines():
            r = json.loads(line)
            runs[(r["message"], r["lang"])].append(float(r["ns"]))
    missing = [lang for lang in LANGS if reps[lang] == 0]
    if missing:
        sys.exit(f"validate report: no results of {', '.join(missing)} in {argv[1]}")
    messages = sorted({m for m, _ in runs})
    lines = [
        BEGIN,
        "",
        "## Validation cost",
        "",
        "Time of one validation of a realistic, valid request (the `valid` case of each message type in",
        "`conformance/rules/`) against the rules the schemas carry, by each language's protovalidate",
        f"library, by `make bench-validate`: medians of {min(reps.values())} repetitions, each the median of 5",
        "batches of about 200 ms after a warm-up call (the first call compiles the type's rules).",
        "",
        "| message | " + " | ".join(LANGS) + " |",
        "|---|" + "---|" * len(LANGS),
    ]
    for m in messages:
        cells = [fmt(statistics.median(runs[(m, lang)])) if runs.get((m, lang)) else "–" for lang in LANGS]
        lines.append(f"| {m.removeprefix('kagzi.v1.')} | " + " | ".join(cells) + " |")
    lines += ["", "Libraries: " + "; ".join(f"{lang}: {LIBRARIES[lang]}" for lang in LANGS) + ".", "", END]
    section = "\n".join(lines)
    out = Path(argv[2])
    old = out.read_text() if out.exists() else ""
    if BEGIN in old and END in old:
        start = old.index(BEGIN)
        old = old[:start] + section + old[old.index(END, start) + len(END):]
    elif NOTES in old:
        old = old.replace(NOTES, section + "\n\n" + NOTES)
    else:
        old = old + "\n" + section + "\n"
    out.write_text(old)
    print(f"validate report: wrote the validation cost into {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
