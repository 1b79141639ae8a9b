#!/usr/bin/env bash
# Regenerates Exports/ from Samples/: every sample in every view (SVG, light theme), the
# clinic map in the dark and print themes, every sample as JourneyKit XML and CJML, and the
# comparison of the clinic's actual journeys and event log with its plan (Exports/conformance).
#   scripts/exports.sh            rewrite Exports/
#   scripts/exports.sh --check    fail when Exports/ differs from what the code makes now
# JOURNEY=path/to/journey uses that executable instead of building one. The files in Exports/
# come from git, which keeps no mark of JourneyKit's (docs/commands.md), so they are written
# over with --force; --check writes into a new folder.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"

if [ -n "${JOURNEY:-}" ]; then
  journey="$JOURNEY"
else
  if ! build_log="$(swift build --product journey 2>&1)"; then
    echo "$build_log" | grep -E "error" >&2 || echo "$build_log" | tail -n 20 >&2
    exit 1
  fi
  journey="$(swift build --show-bin-path)/journey"
fi

target=Exports
if [ "${1:-}" = "--check" ]; then
  target="$(mktemp -d)"
  trap 'rm -rf "$target"' EXIT
  cp Exports/README.md "$target/"
fi

for sample in Samples/*.yaml; do
  name="$(basename "$sample" .yaml)"
  "$journey" render "$sample" --view all --output "$target" --force
  "$journey" convert "$sample" "$target/$name.xml" --force
  "$journey" convert "$sample" "$target/$name.cjml.xml" --force 2>/dev/null
done
"$journey" render Samples/clinic-outpatient.yaml --theme dark --output "$target/clinic-outpatient-map-dark.svg" --force
"$journey" render Samples/clinic-outpatient.yaml --theme print --output "$target/clinic-outpatient-map-print.svg" --force
"$journey" render Samples/clinic-outpatient.yaml --view emotion --planned Samples/clinic-outpatient-before.yaml \
  --output "$target/clinic-outpatient-emotion-against-2025.svg" --force

# Planned against actual: the five actual clinic journeys and the event log of 300 cases.
mkdir -p "$target/conformance"
"$journey" conform Samples/clinic-outpatient.yaml Samples/actual/*.yaml --svg "$target/conformance" --force > "$target/conformance/clinic-outpatient-actual.txt"
mkdir -p "$target/conformance/events"
"$journey" conform Samples/clinic-outpatient.yaml --log Samples/events/clinic-outpatient-events.csv \
  --svg "$target/conformance/events" --force > "$target/conformance/clinic-outpatient-events.txt"
# One deviation diagram per case is too many to keep: the log's overview and lived emotion stay.
find "$target/conformance/events" -name 'case-*-deviations.svg' -delete
"$journey" conform Samples/clinic-outpatient.yaml --log Samples/events/clinic-outpatient-events.csv --format json \
  > "$target/conformance/clinic-outpatient-events.json"

if [ "${1:-}" = "--check" ]; then
  if ! diff -r Exports "$target" >/dev/null; then
    echo "error: Exports/ is out of date; these files differ (run scripts/exports.sh and commit):" >&2
    diff -rq Exports "$target" >&2 || true
    exit 1
  fi
  echo "==> Exports/ matches what the code makes"
else
  echo "==> wrote $(ls Exports | wc -l) files to Exports/"
fi
