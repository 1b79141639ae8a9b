#!/usr/bin/env bash
# The main job on a shipped sample: set up, build, then validate a journey and summarize it.
#   scripts/run-sample.sh [Samples/<file>.yaml]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
scripts/setup.sh

sample="${1:-Samples/clinic-outpatient.yaml}"
echo "==> building journey"
swift build -c release --product journey 2>&1 | tail -n 1
journey="$(swift build -c release --show-bin-path)/journey"

echo "==> journey validate $sample"
"$journey" validate "$sample"
echo
echo "==> journey stats $sample"
"$journey" stats "$sample"
echo
echo "==> journey conformance $sample"
"$journey" conformance "$sample"
echo
out="$(mktemp -d)"
name="$(basename "$sample" .yaml)"
echo "==> journey convert $sample $out/$name.xml   (JourneyKit XML, valid against Schemas/journeykit.xsd)"
"$journey" convert "$sample" "$out/$name.xml"
head -n 6 "$out/$name.xml"
echo "    …"
echo
echo "==> journey convert $sample $out/$name.cjml.xml   (CJML 2.0; what CJML cannot carry is listed)"
"$journey" convert "$sample" "$out/$name.cjml.xml"
echo
echo "==> journey render $sample --view all --output $out   (journey map, service blueprint, emotion chart as SVG)"
"$journey" render "$sample" --view all --output "$out"
if command -v rsvg-convert >/dev/null 2>&1; then
  echo "==> journey render $sample --format png --output $out/$name-map.png"
  "$journey" render "$sample" --format png --output "$out/$name-map.png"
fi
echo
ls -1 "$out"
echo "(written to $out)"
