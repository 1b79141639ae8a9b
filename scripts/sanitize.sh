#!/usr/bin/env bash
# Runs JourneyKit's tests under a sanitizer (docs/sanitizers.md). Exits non-zero when a test fails
# or the sanitizer reports (it makes the process that it checks exit non-zero).
#   scripts/sanitize.sh address               AddressSanitizer and LeakSanitizer, in .build-asan
#   scripts/sanitize.sh thread                ThreadSanitizer, in .build-tsan
#   scripts/sanitize.sh thread --filter NAME  only those tests (passed on to swift test)
# Like scripts/test.sh: every test but the in-process preview server's, then those on their own.
# The `journey` the CLI tests run is built with the same sanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH"

case "${1:-}" in
  address) scratch=.build-asan ;;
  thread) scratch=.build-tsan ;;
  *)
    echo "usage: scripts/sanitize.sh address|thread [swift test options]" >&2
    exit 2
    ;;
esac
sanitizer="$1"
shift
scripts/setup.sh

# Suppressions (frames outside JourneyKit's code; each file says why) for the test process and
# every process it starts (the tests add them for the `journey` they run too, and the test
# process gets LeakSanitizer's without the variable). Options already set come last and win.
if [ "$sanitizer" = address ]; then
  export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
else
  export TSAN_OPTIONS="suppressions=$PWD/scripts/tsan-suppressions.txt:print_suppressions=0${TSAN_OPTIONS:+:$TSAN_OPTIONS}"
fi
# --disable-xctest: XCTest's own runner leaks (LeakSanitizer) and JourneyKit's tests are Swift Testing.
flags=(--sanitize="$sanitizer" --disable-xctest --scratch-path "$scratch")
started=$SECONDS

if [ $# -gt 0 ]; then
  echo "==> swift test ${flags[*]} $*"
  JOURNEY_PREVIEW_TESTS=1 swift test "${flags[@]}" "$@"
else
  # Both runs, even when the first fails; the script fails when either does.
  status=0
  echo "==> swift test ${flags[*]} --skip JourneyPreviewTests"
  swift test "${flags[@]}" --skip JourneyPreviewTests || status=$?
  echo "==> swift test ${flags[*]} --skip-build --filter JourneyPreviewTests   (the in-process preview server, on its own)"
  if [ -x "$scratch/debug/journey" ]; then
    JOURNEY_PREVIEW_TESTS=1 swift test "${flags[@]}" --skip-build --filter JourneyPreviewTests || status=$?
  fi
  if [ "$status" -ne 0 ]; then
    echo "==> $sanitizer sanitizer: FAILED after $((SECONDS - started)) s" >&2
    exit "$status"
  fi
fi
echo "==> $sanitizer sanitizer: passed in $((SECONDS - started)) s"
