#!/usr/bin/env bash
# Regenerates Exports/ from Samples/: every sample in every view (SVG, light theme), the
# clinic map in the dark and print themes, and every sample as JourneyKit XML and CJML.
#   scripts/exports.sh            rewrite Exports/
#   scripts/exports.sh --check    fail when Exports/ differs from what the code makes now
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"

if ! build_log="$(swift build --product journey 2>&1)"; then
  echo "$build_log" | grep -E "error" >&2 || echo "$build_log" | tail -n 20 >&2
  exit 1
fi
journey="$(swift build --show-bin-path)/journey"

target=Exports
if [ "${1:-}" = "--check" ]; then
  target="$(mktemp -d)"
  trap 'rm -rf "$target"' EXIT
  cp Exports/README.md "$target/"
fi

for sample in Samples/*.yaml; do
  name="$(basename "$sample" .yaml)"
  "$journey" render "$sample" --view all --output "$target"
  "$journey" convert "$sample" "$target/$name.xml"
  "$journey" convert "$sample" "$target/$name.cjml.xml" 2>/dev/null
done
"$journey" render Samples/clinic-outpatient.yaml --theme dark --output "$target/clinic-outpatient-map-dark.svg"
"$journey" render Samples/clinic-outpatient.yaml --theme print --output "$target/clinic-outpatient-map-print.svg"
"$journey" render Samples/clinic-outpatient.yaml --view emotion --planned Samples/clinic-outpatient-before.yaml \
  --output "$target/clinic-outpatient-emotion-against-2025.svg"

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
