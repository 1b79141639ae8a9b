#!/usr/bin/env bash
# Counts the public declarations of the four libraries that carry a DocC comment, from the
# compiler's own symbol graphs (swift package dump-symbol-graph, public and open symbols, the
# compiler's synthesized members left out), and fails below the threshold.
#   scripts/doc-coverage.sh            the count per module and in all; fails below 95 %
#   scripts/doc-coverage.sh --list M   also the undocumented declarations of module M, with file:line
#   DOC_COVERAGE_MIN=90 scripts/doc-coverage.sh   another threshold
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
list=""
if [ "${1:-}" = "--list" ]; then list="${2:?--list takes a module name}"; fi
# dump-symbol-graph also tries the test modules and fails on them when the tests are not built;
# the libraries' graphs are written all the same, and those are the ones counted (checked below).
out="$(swift package dump-symbol-graph --minimum-access-level public --skip-synthesized-members 2>&1)" || true
dir="$(swift build --show-bin-path)/../symbolgraph"
for module in JourneyKit JourneyFormats JourneyValidation JourneyRendering; do
  [ -f "$dir/$module.symbols.json" ] || { echo "$out" >&2; echo "error: no symbol graph for $module in $dir" >&2; exit 1; }
done
python3 - "$dir" "${DOC_COVERAGE_MIN:-95}" "$list" <<'PY'
import glob, json, os, sys
folder, minimum, listed = sys.argv[1], float(sys.argv[2]), sys.argv[3]
modules = ["JourneyKit", "JourneyFormats", "JourneyValidation", "JourneyRendering"]
total = documented = 0
for module in modules:
    # The module's own graph and its extensions of other modules (Module@Other.symbols.json).
    files = [os.path.join(folder, module + ".symbols.json")] + glob.glob(os.path.join(folder, module + "@*.symbols.json"))
    count = with_doc = 0
    missing = []
    for path in files:
        if not os.path.exists(path):
            continue
        for symbol in json.load(open(path))["symbols"]:
            if symbol.get("accessLevel") not in ("public", "open"):
                continue
            count += 1
            if symbol.get("docComment"):
                with_doc += 1
            else:
                where = symbol.get("location", {})
                uri = where.get("uri", "").replace("file://", "")
                line = where.get("position", {}).get("line", -1) + 1
                missing.append(f"{os.path.relpath(uri) if uri else '?'}:{line}: {symbol['kind']['identifier']} {'.'.join(symbol['pathComponents'])}")
    total += count; documented += with_doc
    share = 100.0 * with_doc / count if count else 100.0
    print(f"{module:18} {with_doc:5} of {count:5} public declarations documented ({share:5.1f} %)")
    if module == listed:
        for line in sorted(missing):
            print("  " + line)
share = 100.0 * documented / total if total else 100.0
print(f"{'all four':18} {documented:5} of {total:5} ({share:5.1f} %), threshold {minimum:g} %")
if share < minimum:
    print(f"error: DocC covers {share:.1f} % of the libraries' public declarations, under {minimum:g} %", file=sys.stderr)
    sys.exit(1)
PY
