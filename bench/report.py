#!/usr/bin/env python3
"""Write bench/RESULTS.md from the harnesses' JSON lines.

Every file LANG-REP.jsonl in --results holds one run of one language's
harness: lines {"lang", "message", "op", "ns", "bytes"}. The table gives,
per message and operation, the median over the repetitions of each
language, MB/s, each language relative to Rust, and Rust relative to its
limit (memcpy for binary, a serde_json Value for JSON). The section
between the markers of a previous file that this script does not write
(the profile notes) is kept.
"""

import argparse
import json
import os
import platform
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

# decode_binary_bytes is Rust only: prost decoding from `Bytes`, as tonic does.
OPS = ["decode_binary", "decode_binary_bytes", "encode_binary", "decode_json", "encode_json"]
LIMIT = {
    "decode_binary": "limit_memcpy",
    "decode_binary_bytes": "limit_memcpy",
    "encode_binary": "limit_memcpy",
    "decode_json": "limit_value_parse",
    "encode_json": "limit_value_print",
}
NOTES_BEGIN = "<!-- notes: kept by report.py -->"
BUILD_BEGIN = "<!-- build cost: written by report.py --build-cost -->"
BUILD_END = "<!-- end of build cost -->"
# Written by bench/validate/report.py (make bench-validate); kept here.
VALIDATE_BEGIN = "<!-- validation cost: written by bench/validate/report.py -->"
VALIDATE_END = "<!-- end of validation cost -->"


def section(text, begin, end=None):
    """The part of text from begin up to (and with) end, or to the end."""
    if begin not in text:
        return ""
    rest = text[text.index(begin):]
    if end is None:
        return rest
    return rest[: rest.index(end) + len(end)] if end in rest else ""


def build_cost(path: Path):
    # build -> rep -> {"wall_s", "cpu_s"}
    rows = defaultdict(dict)
    for n, line in enumerate(path.read_text().splitlines(), 1):
        try:
            r = json.loads(line)
            rows[r["build"]][int(r["rep"])] = {k: float(r[k]) for k in ("wall_s", "cpu_s")}
        except (ValueError, KeyError, TypeError) as e:
            sys.exit(f"report: {path}:{n}: bad build line ({e})")
    if "bare" not in rows:
        sys.exit(f"report: {path}: no bare build to compare with")
    reps = len(rows["bare"])
    out = [BUILD_BEGIN, "", "## Build cost for a consumer", "",
           f"Clean builds (fresh target dir each, debug profile), {reps} repetitions by `make bench-build`:",
           "a scratch crate using kagzi-proto with default features (`consumer`), with",
           "`default-features = false` (`consumer-msgonly`), both compiling kagzi-proto without",
           "incremental compilation as cargo compiles a crates.io dependency, a bare crate with the same tonic +",
           "prost + tonic-prost and one message and RPC (`bare`), and the bare crate plus serde_json,",
           "serde_core and base64 as the default features use them (`bare-json`: the least any crate",
           "offering proto3 JSON through serde costs), and the default features plus `validate`",
           "(`consumer-validate`: prost-protovalidate, prost-reflect and a CEL interpreter, whose build",
           "script runs protoc). Times are medians; the ratios are the medians of",
           "each repetition's own ratio to the bare build of the same repetition, which the load of",
           "the machine moves less than the times.", "",
           "| build | wall s | cpu s | wall / bare | cpu / bare |", "|---|---|---|---|---|"]
    for b in ["bare", "bare-json", "consumer", "consumer-msgonly", "consumer-validate"]:
        if b not in rows:
            continue
        med = {k: statistics.median(v[k] for v in rows[b].values()) for k in ("wall_s", "cpu_s")}
        ratio = {k: statistics.median(v[k] / rows["bare"][rep][k] for rep, v in rows[b].items()
                                      if rep in rows["bare"])
                 for k in ("wall_s", "cpu_s")}
        out.append(f"| {b} | {med['wall_s']:.1f} | {med['cpu_s']:.1f} | "
                   f"{ratio['wall_s']:.2f} | {ratio['cpu_s']:.2f} |")
    return "\n".join(out + ["", BUILD_END])


def load(results: Path):
    runs = defaultdict(list)  # (lang, message, op) -> [ns]
    sizes = {}
    order = []
    files = sorted(p for p in results.glob("*.jsonl") if re.fullmatch(r"[a-z]+-\d+\.jsonl", p.name))
    if not files:
        sys.exit(f"report: no LANG-REP.jsonl file in {results}")
    for path in files:
        for n, line in enumerate(path.read_text().splitlines(), 1):
            try:
                r = json.loads(line)
                key = (r["lang"], r["message"], r["op"])
                runs[key].append(float(r["ns"]))
                sizes[(r["message"], r["op"])] = int(r["bytes"])
            except (ValueError, KeyError, TypeError) as e:
                sys.exit(f"report: {path}:{n}: bad result line ({e})")
            if r["message"] not in order:
                order.append(r["message"])
    return {k: statistics.median(v) for k, v in runs.items()}, sizes, order, len(files)


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def fmt_ns(ns):
    return f"{ns / 1000:.2f} µs" if ns >= 10_000 else f"{ns:.0f} ns"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", type=Path)
    ap.add_argument("--build-cost", type=Path, help="update only the build-cost section from this JSONL")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--toolchain", action="append", default=[])
    a = ap.parse_args()
    old = a.out.read_text() if a.out.exists() else ""
    if a.build_cost:
        build = build_cost(a.build_cost)
        if BUILD_BEGIN in old:
            old = old.replace(section(old, BUILD_BEGIN, BUILD_END), build)
        elif NOTES_BEGIN in old:
            old = old.replace(NOTES_BEGIN, build + "\n\n" + NOTES_BEGIN)
        else:
            old = old + "\n" + build + "\n"
        a.out.write_text(old)
        print(f"report: wrote the build cost into {a.out}")
        return
    if a.results is None:
        sys.exit("report: --results or --build-cost is needed")
    med, sizes, order, nfiles = load(a.results)
    langs = sorted({k[0] for k in med}, key=lambda l: (l != "rust", l))
    notes = section(old, NOTES_BEGIN)
    build = section(old, BUILD_BEGIN, BUILD_END)
    validation = section(old, VALIDATE_BEGIN, VALIDATE_END)
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (bench/report.py); do not edit above the notes marker.",
        "Medians over the repetitions; ns per message; MB/s = bytes of the encoded",
        "form (binary or JSON) per second; `x Rust` = that language's time over",
        "Rust's (above 1: slower); `Rust/limit` = Rust's time over a memcpy of the",
        "binary bytes (binary rows) or serde_json with a `Value` (JSON rows).",
        "`decode_binary_bytes` (Rust only): the same decode from a `bytes::Bytes`, the",
        "input tonic hands prost; `decode_binary` is from a `&[u8]`, as the other languages.",
        "",
        "## Machine",
        "",
        f"- CPU: {cpu_model()}, {os.cpu_count()} cores",
        f"- OS: {platform.system()} {platform.release()}",
        *[f"- {t}" for t in a.toolchain],
        # The machine may be shared: the load when the run ended says how
        # much the other work on it could have disturbed the timings.
        "- load average at the end of the run (1, 5, 15 min): "
        + ", ".join(f"{x:.1f}" for x in os.getloadavg()),
        f"- result files: {nfiles} ({', '.join(langs)})",
        "",
        "## Table",
        "",
    ]
    head = ["message", "op", "bytes"] + [f"{l} ns" for l in langs] + ["rust MB/s"]
    head += [f"{l} x Rust" for l in langs if l != "rust"] + ["Rust/limit"]
    lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for m in order:
        for op in OPS:
            if not any(k[1:] == (m, op) for k in med):
                continue
            r = med.get(("rust", m, op))
            row = [m, op, str(sizes.get((m, op), ""))]
            row += [fmt_ns(med[(l, m, op)]) if (l, m, op) in med else "–" for l in langs]
            row.append(f"{sizes[(m, op)] / r * 1000:.0f}" if r else "–")
            for l in langs:
                if l != "rust":
                    o = med.get((l, m, op))
                    row.append(f"{o / r:.2f}" if o and r else "–")
            lim = med.get(("rust", m, LIMIT[op]))
            row.append(f"{r / lim:.2f}" if r and lim else "–")
            lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    a.out.write_text("\n".join(lines) + "\n" + (build + "\n\n" if build else "")
                     + (validation + "\n\n" if validation else "") + (notes or NOTES_BEGIN + "\n"))
    print(f"report: wrote {a.out} ({len(order)} messages, {', '.join(langs)})")


if __name__ == "__main__":
    main()
