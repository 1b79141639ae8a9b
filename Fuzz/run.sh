#!/usr/bin/env bash
# Builds one fuzz target and runs it under libFuzzer for a given time.
#
#   Fuzz/run.sh TARGET SECONDS
#
# TARGET is FuzzYAML, FuzzXML, FuzzCJML, FuzzMermaid or FuzzRoundTrip. The work corpus
# (where libFuzzer writes new inputs) and crash artifacts live under
# ${FUZZ_WORK:-/tmp/journeykit-fuzz}/TARGET; the seeds are Fuzz/Corpus/TARGET plus files the
# repository (and, when present, ../shared/corpus) already holds, referenced in place.
# Extra libFuzzer options may follow SECONDS (e.g. -jobs=2, -seed=1).
set -euo pipefail

if [[ $# -lt 2 ]]; then
    echo "usage: $0 TARGET SECONDS [libFuzzer options...]" >&2
    exit 64
fi
target=$1
seconds=$2
shift 2
case "$target" in
    FuzzYAML|FuzzXML|FuzzCJML|FuzzMermaid|FuzzRoundTrip) ;;
    *) echo "unknown target: $target" >&2; exit 64 ;;
esac

fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$fuzz_dir")
shared="$repo/../shared/corpus"
work="${FUZZ_WORK:-/tmp/journeykit-fuzz}/$target"
export PATH="/opt/swift/usr/bin:$PATH"

# Build: fuzzer + address sanitizers; --disable-dead-strip keeps the coverage counters.
# swiftc keeps only the LAST -sanitize= option when it compiles a module of several files, and
# SwiftPM passes -sanitize=fuzzer -sanitize=address separately: ASan wins and the Swift code gets
# no coverage counters at all (only the C in Yams would). -Xswiftc -sanitize=fuzzer,address,
# passed after them, restores both.
# Concurrent runs share the scratch path; SwiftPM serialises them on its lock.
(cd "$fuzz_dir" && swift build --sanitize=fuzzer --sanitize=address --product "$target" \
    -Xswiftc -sanitize=fuzzer,address --scratch-path .build-fuzz --disable-dead-strip 2>&1 | grep -v "Cannot export local symbol" | tail -3)
binary="$fuzz_dir/.build-fuzz/debug/$target"
[[ -x "$binary" ]] || { echo "no binary at $binary" >&2; exit 1; }

mkdir -p "$work/corpus" "$work/artifacts" "$work/seeds"
seeds=("$fuzz_dir/Corpus/$target" "$work/seeds")

# Seeds the repository already has, copied to /tmp (never into the repository).
journey="$repo/.build/debug/journey"
samples=("$repo"/Samples/*.yaml "$repo"/Samples/actual/*.yaml)
case "$target" in
    FuzzYAML|FuzzRoundTrip)
        cp "${samples[@]}" "$work/seeds/" ;;
    FuzzCJML)
        cp "$repo"/Tests/Fixtures/cjml/*.xml "$work/seeds/" ;;
    FuzzMermaid)
        [[ -d "$shared/mermaid" ]] && seeds+=("$shared/mermaid") ;;
esac
# The samples converted to the target's format, when the CLI is built.
if [[ -x "$journey" ]]; then
    ext=""
    case "$target" in
        FuzzXML) ext=xml ;;
        FuzzCJML) ext=cjml.xml ;;
        FuzzMermaid) ext=mmd ;;
    esac
    if [[ -n "$ext" ]]; then
        for f in "${samples[@]}"; do
            "$journey" convert "$f" "$work/seeds/$(basename "$f" .yaml).$ext" --quiet >/dev/null 2>&1 || true
        done
    fi
fi

log="$work/fuzz.log"
echo "running $target for ${seconds}s; log: $log, artifacts: $work/artifacts/"
set +e
"$binary" "$work/corpus" "${seeds[@]}" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$@" >"$log" 2>&1
status=$?
set -e
echo "--- $target exit status $status; final stats:"
grep -E "^#[0-9]+[[:space:]]+(DONE|INITED)|^Done [0-9]+ runs|^stat::|ERROR: |SUMMARY: |Test unit written|Fatal error" "$log" || true
ls -1 "$work/artifacts/" 2>/dev/null | sed 's/^/artifact: /'
exit $status
