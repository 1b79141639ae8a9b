#!/usr/bin/env bash
# Writes the rules table of docs/validation.md (between the rules-table markers) from
# `journey rules --format json`, so the docs show exactly what `journey rules` does.
# Tests/JourneyValidationTests/RulesTableTests.swift checks that the two agree.
#   scripts/rules-table.sh [path/to/journey]
set -euo pipefail
cd "$(dirname "$0")/.."
journey="${1:-$(swift build --show-bin-path)/journey}"
"$journey" rules --format json | python3 -c '
import json, re, sys
rules = json.load(sys.stdin)
rows = ["| rule | severity | profiles | title | basis |", "|---|---|---|---|---|"]
for r in rules:
    profiles = [p for p in r["profiles"] if p != "structural"]
    if r["basis"] == "structure":
        profiles = ["every profile"]
    basis = r.get("provenance") or "the design itself (structure)"
    cell = lambda t: t.replace("|", "\\|")
    rows.append("| `%s` | %s | %s | %s | %s |" % (r["id"], r["severity"], ", ".join(profiles), cell(r["title"]), cell(basis)))
text = open("docs/validation.md").read()
start, end = "<!-- rules-table:start -->", "<!-- rules-table:end -->"
a, b = text.index(start) + len(start), text.index(end)
open("docs/validation.md", "w").write(text[:a] + "\n" + "\n".join(rows) + "\n" + text[b:])
'
echo "docs/validation.md: rules table written"
