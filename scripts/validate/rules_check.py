#!/usr/bin/env python3
"""The rules gate: no validation rule of a released field may tighten.

buf's breaking-change categories look at names, numbers, types and files,
not at options, so a stricter `buf.validate` rule on a field that clients
already send passes `buf breaking` and then rejects requests that a server
accepted before. This check compares the rules (protovalidate's
`buf.validate.field`, `.message` and `.oneof` options) of every field,
message and oneof that the newest release has with the working schemas'
and fails on each change it cannot prove to be a loosening:

* a rule added where the release had none (a bound, a pattern, `required`,
  a CEL rule), on a field, message or oneof that the release already had;
* a lower bound raised (`min_len`, `min_items`, `gt`, `gte`, ...), an upper
  bound lowered (`max_len`, `max_items`, `lt`, `lte`, ...);
* an `in` list that lost values, a `not_in` list that gained some;
* a CEL rule whose expression changed;
* any other changed value (a pattern, `const`, `ignore`): the check cannot
  tell that it accepts more, so it is refused too.

Removing a rule, widening a bound and everything on new fields and new
messages is allowed. A release that carries no rules at all (they arrived
in v1.2.0) has nothing to tighten.

Both sides are read as buf images in JSON (`buf build -o x.json`), so the
check needs buf and Python's standard library only.

usage: rules_check.py RELEASE.json WORKING.json
"""

from __future__ import annotations

import datetime
import json
import sys
from decimal import Decimal, InvalidOperation
from typing import Any

RULE_OPTIONS = ("[buf.validate.field]", "[buf.validate.message]", "[buf.validate.oneof]")
LOWER = {"minLen", "minBytes", "minItems", "minPairs", "gt", "gte"}
UPPER = {"maxLen", "maxBytes", "maxItems", "maxPairs", "lt", "lte"}


def rules_by_element(image: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every field, message and oneof of the kagzi packages, by full name
    (`kagzi.v1.Msg`, `kagzi.v1.Msg.field#3`, `kagzi.v1.Msg.oneof:name`), with
    its rule options (empty when it has none)."""
    out: dict[str, dict[str, Any]] = {}

    def walk(prefix: str, message: dict[str, Any]) -> None:
        name = f"{prefix}.{message['name']}"
        out[name] = pick(message.get("options", {}))
        for field in message.get("field", []):
            out[f"{name}.{field['name']}#{field['number']}"] = pick(field.get("options", {}))
        for oneof in message.get("oneofDecl", []):
            out[f"{name}.oneof:{oneof['name']}"] = pick(oneof.get("options", {}))
        for nested in message.get("nestedType", []):
            walk(name, nested)

    for file in image.get("file", []):
        package = file.get("package", "")
        if not package.startswith("kagzi."):
            continue
        for message in file.get("messageType", []):
            walk(package, message)
    return out


def pick(options: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in options.items() if k in RULE_OPTIONS}


def number(value: Any) -> Decimal | None:
    """A bound as a comparable number: JSON numbers, 64-bit integers as
    strings, Durations (`"1.5s"`) and Timestamps (RFC 3339)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return Decimal(str(value))
    if isinstance(value, str):
        try:
            return Decimal(value[:-1] if value.endswith("s") else value)
        except InvalidOperation:
            pass
        try:
            stamp = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return Decimal(str(stamp.timestamp()))
        except ValueError:
            return None
    return None


def compare(path: str, old: Any, new: Any, problems: list[str]) -> None:
    """Appends to `problems` every way `new` is, or may be, stricter than `old`."""
    key = path.rsplit(".", 1)[-1]
    if old == new:
        return
    if old is None:
        problems.append(f"{path}: added {json.dumps(new)}")
        return
    if new is None:
        return  # a rule removed accepts more
    if isinstance(old, dict) and isinstance(new, dict):
        for k in sorted(set(old) | set(new)):
            compare(f"{path}.{k}", old.get(k), new.get(k), problems)
        return
    if key == "cel" and isinstance(old, list) and isinstance(new, list):
        before = {rule.get("id"): rule for rule in old}
        for rule in new:
            compare(f"{path}[{rule.get('id')}]", before.get(rule.get("id")), rule, problems)
        return
    if key == "in" and isinstance(old, list) and isinstance(new, list) and set(map(str, old)) <= set(map(str, new)):
        return
    if key == "notIn" and isinstance(old, list) and isinstance(new, list) and set(map(str, new)) <= set(map(str, old)):
        return
    if key in LOWER | UPPER:
        a, b = number(old), number(new)
        if a is not None and b is not None and (b <= a if key in LOWER else b >= a):
            return
    if isinstance(old, bool) and isinstance(new, bool) and old and not new:
        return  # `required: true` (or `defined_only`, `finite`, ...) dropped
    problems.append(f"{path}: {json.dumps(old)} -> {json.dumps(new)}")


def check(release: dict[str, Any], working: dict[str, Any]) -> list[str]:
    before, after = rules_by_element(release), rules_by_element(working)
    if not any(before.values()):
        return []  # the release predates the rules
    problems: list[str] = []
    for element, rules in sorted(before.items()):
        if element not in after:
            continue  # gone or renamed: buf's gate reports that
        for option in RULE_OPTIONS:
            compare(f"{element} {option}", rules.get(option), after[element].get(option), problems)
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    with open(argv[1]) as f:
        release = json.load(f)
    with open(argv[2]) as f:
        working = json.load(f)
    problems = check(release, working)
    for problem in problems:
        print(f"rules-check: tightened: {problem}")
    if problems:
        print(f"rules-check: {len(problems)} rule(s) of released fields tightened "
              "(see docs/guides/versioning.md#validation-rules); put the rule on a new field instead")
        return 1
    print("rules-check: no rule of a released field, message or oneof tightened")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
