#!/usr/bin/env bash
# Installs the system packages JourneyKit needs on a Debian machine, when they are missing:
# libxml2-dev (the one system dependency), pkg-config, librsvg2-bin (rsvg-convert, for PNG and
# PDF, and the tests' judge that every SVG renders) with fonts-dejavu-core (the font the
# pictures are measured with), the emoji fonts (fonts-symbola, fonts-noto-color-emoji) and a
# Japanese font (fonts-ipafont-gothic), and for the tests libxml2-utils (xmllint, the independent
# judge of the XML we write), poppler-utils (pdftotext and pdffonts: the paper tests measure text
# sizes in the PDF pages, the emoji test sees which font drew them) and Python's jsonschema; libicu-dev and libhyphen-dev with the
# hyphenation patterns of common languages (hyphen-*), which the pictures set text with (line
# breaking by Unicode's rules, hyphenation by each language's patterns).
# Used by scripts/run-sample.sh, scripts/test.sh and .ci/run.
set -euo pipefail

needed=()
dpkg -s libxml2-dev >/dev/null 2>&1 || needed+=(libxml2-dev)
command -v pkg-config >/dev/null 2>&1 || needed+=(pkg-config)
command -v xmllint >/dev/null 2>&1 || needed+=(libxml2-utils)
command -v rsvg-convert >/dev/null 2>&1 || needed+=(librsvg2-bin)
command -v dot >/dev/null 2>&1 || needed+=(graphviz)
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
command -v pdftotext >/dev/null 2>&1 || needed+=(poppler-utils)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || needed+=(fonts-dejavu-core)
dpkg -s libicu-dev >/dev/null 2>&1 || needed+=(libicu-dev)
dpkg -s libhyphen-dev >/dev/null 2>&1 || needed+=(libhyphen-dev)
for pattern in hyphen-de hyphen-en-us hyphen-en-gb hyphen-fr hyphen-es hyphen-it hyphen-nl; do
  dpkg -s "$pattern" >/dev/null 2>&1 || needed+=("$pattern")
done
# Emoji: Symbola is an outline emoji font that rsvg-convert draws sharp in PNG and PDF (journey
# render runs it with colour fonts turned away: their bitmaps come out as grey blobs); Noto Color
# Emoji is for browsers (the HTML page and the SVG). pdffonts (poppler-utils) lets a test see
# which font drew them.
dpkg -s fonts-symbola >/dev/null 2>&1 || needed+=(fonts-symbola)
dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || needed+=(fonts-noto-color-emoji)
# Japanese (and other CJK) labels: DejaVu has no CJK glyphs, so PNG and PDF need a CJK font.
dpkg -s fonts-ipafont-gothic >/dev/null 2>&1 || needed+=(fonts-ipafont-gothic)

if [ ${#needed[@]} -gt 0 ]; then
  echo "==> installing ${needed[*]}"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
fi

# Graphviz (dot) is the judge of the DOT we write; headless Chromium loads the HTML pages. The SARIF report test checks the output against the official SARIF 2.1.0 JSON Schema with
# Python's jsonschema package (a test-only need).
if command -v python3 >/dev/null 2>&1 && ! python3 -c 'import jsonschema, yaml' >/dev/null 2>&1; then
  echo "==> installing Python's jsonschema and PyYAML (for the SARIF and journey JSON Schema tests)"
  python3 -m pip install -q jsonschema pyyaml || echo "warning: could not install jsonschema/pyyaml; the schema tests will fail" >&2
fi

if ! command -v swift >/dev/null 2>&1; then
  if [ -x /opt/swift/usr/bin/swift ]; then
    echo "==> swift is not on PATH; use: export PATH=/opt/swift/usr/bin:\$PATH" >&2
  fi
  echo "error: swift not found; install Swift 6 (https://swift.org/install)" >&2
  exit 1
fi
