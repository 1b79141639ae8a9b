#!/usr/bin/env bash
# Runs JourneyKit's tests: set up, build, swift test. Exits non-zero when a test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"
scripts/setup.sh

echo "==> swift test"
swift test "$@"
