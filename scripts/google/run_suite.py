#!/usr/bin/env python3
"""Runs protobuf's conformance_test_runner on a testee and writes the summary.

Two runs, both with --enforce_recommended (Recommended failures count):
  1. the testee as it is, with the failure list: must pass;
  2. the testee with --answer-garbage: must FAIL, and every test it ran
     must be reported as failing. This proves the runner judges the testee,
     and it lists every test name, which gives the totals per level.

Usage: run_suite.py RUNNER FAILURE_LIST SUMMARY_OUT LOG_DIR -- TESTEE...
Tests of text format (not a kagzi.v1 format) may be skipped; any other
skipped test fails the run, so a testee that skips everything cannot pass.
"""

import collections
import os
import re
import subprocess
import sys

SUMMARY_LINE = re.compile(
    r"CONFORMANCE SUITE (PASSED|FAILED): (\d+) successes, (\d+) skipped, "
    r"(\d+) expected failures, (\d+) unexpected failures\.")
NAMED = re.compile(r"^(ERROR|WARNING|SKIPPED), test=([^ :]+)", re.M)


def run(runner, args, testee, log):
    # --output_dir: the runner's lists of failing tests go next to the log,
    # not into the working directory.
    out_dir = log + ".lists"
    os.makedirs(out_dir, exist_ok=True)
    cmd = [runner, "--enforce_recommended", "--verbose", "--output_dir", out_dir, *args, *testee]
    proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    with open(log, "w") as f:
        f.write(proc.stdout + proc.stderr)
    text = proc.stdout + proc.stderr
    suites = SUMMARY_LINE.findall(text)
    if not suites:
        sys.exit(f"google-conformance: no suite summary in {log} (exit {proc.returncode})")
    return proc.returncode, text, suites


def kind(name):
    """(level, syntax, format) of a test name Level.Syntax.Input.Test[.Output]."""
    level, syntax = name.split(".")[:2]
    if "TextFormat" in name:
        fmt = "text format"
    elif "Json" in name:
        fmt = "JSON"
    else:
        fmt = "binary"
    return level, syntax, fmt


def read_failure_list(path):
    names = []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            entry, _, reason = line.partition("#")
            entry = entry.strip()
            if entry and not reason.strip():
                sys.exit(f"google-conformance: {path}:{n}: entry {entry} has no '# reason'")
            if entry:
                names.append(entry)
    return names


def main(argv):
    if "--" not in argv or argv.index("--") != 4:
        sys.exit(__doc__)
    runner, failure_list, summary_out, log_dir = argv[:4]
    testee = argv[5:]
    os.makedirs(log_dir, exist_ok=True)
    expected = read_failure_list(failure_list)

    rc, text, suites = run(runner, ["--failure_list", failure_list], testee,
                           os.path.join(log_dir, "run.log"))
    skipped = [n for lvl, n in NAMED.findall(text) if lvl == "SKIPPED"]
    failing = [n for lvl, n in NAMED.findall(text) if lvl != "SKIPPED"]
    bad_skips = [n for n in skipped if kind(n)[2] != "text format"]

    brc, btext, bsuites = run(runner, [], [*testee, "--answer-garbage"],
                              os.path.join(log_dir, "broken.log"))
    every = sorted({n for lvl, n in NAMED.findall(btext) if lvl == "ERROR"})
    ran = sum(int(s[1]) + int(s[2]) + int(s[3]) + int(s[4]) for s in bsuites)

    problems = []
    if rc != 0 or failing:
        problems.append(f"the runner failed the testee (exit {rc}); see {log_dir}/run.log: "
                        + ", ".join(failing[:20]))
    if bad_skips:
        problems.append(f"{len(bad_skips)} binary/JSON tests were skipped, e.g. {bad_skips[:5]}")
    if brc == 0 or len(every) != ran or ran == 0:
        problems.append(f"the broken testee was not failed on every test ({len(every)} of {ran}); "
                        f"see {log_dir}/broken.log")

    totals = collections.Counter(kind(n) for n in every)
    exp = collections.Counter(kind(n) for n in expected)
    skip = collections.Counter(kind(n) for n in skipped)
    # The runner stops after the first failed suite, so the broken run never
    # reaches the text format suite: its tests are the ones run 1 skipped.
    for key, count in skip.items():
        if key[2] == "text format":
            totals[key] = count
    rows = []
    for key in sorted(totals, key=lambda k: (k[0] != "Required", k[1] != "Proto3", k[2])):
        passed = totals[key] - exp[key] - skip[key]
        rows.append(f"| {key[0]} | {key[1]} | {key[2]} | {totals[key]} | {passed} "
                    f"| {exp[key]} | {skip[key]} |")
    successes = sum(int(s[1]) for s in suites)
    with open(summary_out, "w") as f:
        f.write(
            "# Google's conformance suite on the Rust codec\n\n"
            "Written by `make conformance-google`: protobuf's own `conformance_test_runner`\n"
            "(the protobuf version in `mk/google.mk`) with `--enforce_recommended`, on the\n"
            "testee in [`google/`](google/). Expected failures are the entries of\n"
            "[`google/failure_list.txt`](google/failure_list.txt), each with its reason;\n"
            "text format is not a kagzi.v1 format and is skipped.\n\n"
            "| Level | Syntax | Format | Tests | Passed | Expected failures | Skipped |\n"
            "| --- | --- | --- | ---: | ---: | ---: | ---: |\n"
            + "\n".join(rows) + "\n\n"
            f"Total: {sum(totals.values())} tests, {successes} passed, {len(expected)} expected failures, "
            f"{len(skipped)} skipped, {len(failing)} unexpected failures.\n")
    if not problems and successes != sum(totals.values()) - len(expected) - len(skipped):
        problems.append("the per-level counts do not add up to the runner's own totals")
    if problems:
        sys.exit("google-conformance: " + "\n  ".join(problems))
    print(f"google-conformance: {successes} passed, {len(expected)} expected failures, "
          f"{len(skipped)} skipped (text format), 0 unexpected; summary in {summary_out}")


if __name__ == "__main__":
    main(sys.argv[1:])
