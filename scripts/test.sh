#!/usr/bin/env bash
# Runs JourneyKit's tests: set up, build, swift test. Exits non-zero when a test fails.
#   scripts/test.sh                 every test
#   scripts/test.sh --filter NAME   only those (passed on to swift test)
# The in-process preview server tests run in a second `swift test` of their own (see
# Tests/JourneyPreviewTests/PreviewTestSupport.swift: the rest of the suite can starve their
# server of threads on a small machine).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
scripts/setup.sh

if [ $# -gt 0 ]; then
  echo "==> swift test $*"
  JOURNEY_PREVIEW_TESTS=1 swift test "$@"
  exit
fi
echo "==> swift test --skip JourneyPreviewTests"
swift test --skip JourneyPreviewTests
echo "==> swift test --filter JourneyPreviewTests   (the in-process preview server, on its own)"
JOURNEY_PREVIEW_TESTS=1 swift test --skip-build --filter JourneyPreviewTests
