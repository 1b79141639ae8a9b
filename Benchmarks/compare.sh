#!/usr/bin/env bash
# Benchmarks/compare.sh: JourneyKit against its anchor tools (issue 8, goals P1-P6).
#
# One run measures `journey` and the anchors (xmllint, the libyaml event floor, PyYAML's
# CSafeLoader, Graphviz dot) on the same generated inputs, on this machine, back to back,
# with hyperfine (median of --runs runs), and prints one table of ratios against the goals
# plus a JSON file with the same rows and every raw hyperfine result.
#
#   Benchmarks/compare.sh                      build `journey` (release) and measure
#   Benchmarks/compare.sh --journey PATH       measure that binary
#   Benchmarks/compare.sh --quick              smaller N, fewer runs: a smoke test, not the figures
#
# See Benchmarks/README.md. It installs nothing: a missing anchor is named with its Debian package.
set -euo pipefail

started_at=$SECONDS
invoked_from=$PWD
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)

# ---------------------------------------------------------------- configuration
# Sizes (touchpoints) of the real run: P1/P2c/P3/P4 at BIG, P2a/P3 at MID, P2b at SMALL.
n_big=100000 n_mid=10000 n_small=1000
# P6: this many files of batch_size touchpoints, seeds 1..batch_files.
batch_files=1000 batch_size=50
# Runs per measurement (the median is reported); the slowest anchors (PyYAML at BIG, dot at
# MID: ~21 s and ~7 s a run) get slow_runs to keep the whole script near 15 minutes.
runs=5 slow_runs=5
# Options given to every `journey validate` (the whole catalogue; no .journeylint.yaml found
# above the work folder can change what runs).
validate_opts=(--no-config)
# P5: a shipped sample, validated and rendered by one process. See p5_command below.
p5_sample=Samples/clinic-outpatient.yaml
# The goals of issue 8.
goal_p1_xml=2.0 goal_p1_events=4 goal_p1_pyyaml=10
goal_p2_mid=30 goal_p2_small=5 goal_p2_big_s=3 goal_p2_big_rss_kib=$((1024 * 1024))
goal_p3=11 goal_p4=4 goal_p5_ms=30 goal_p6=1.7

# P5's one process. `journey render --format html` reads the file, runs the validator (its
# findings are on the page) and draws all three views: validate + render in one process.
# When `journey` gets a flag for validate + SVG, change this one line.
p5_command() { p5_cmd=("$journey" render "$p5_sample" --format html -o "$work/p5/page.html"); }

# ---------------------------------------------------------------- options
usage() {
  cat <<'EOF'
usage: Benchmarks/compare.sh [options]

  --journey PATH     the journey binary to measure (default: build it with
                     `swift build -c release --product journey` in the repository)
  --quick            smaller N and fewer runs: a smoke test of the script, not the figures
  --work DIR         where the generated inputs go (default: a temporary folder, removed
                     at the end; a given DIR is kept)
  --json PATH        the JSON report (default: Benchmarks/results/compare-<date>.json)
  --runs N           runs per measurement (default 5; quick: 3)
  --slow-runs N      runs of the slowest anchors, PyYAML and dot at 10,000 (default 5, as every other median; quick: 2)
  --sizes B,M,S      touchpoints of the big, mid and small inputs (default 100000,10000,1000;
                     quick: 10000,1000,200)
  --files N          P6: how many 50-touchpoint files (default 1000; quick: 100)
  --skip-missing     measure without the missing anchors (their rows say "anchor missing")
                     instead of stopping with exit code 2
  -h, --help         this text

Exit code: 0 when every measurement ran, whether or not each goal is met; 1 when a measured
command failed (its row says "error"; the table and the JSON are written all the same); 2 for
a usage error or a missing tool (without --skip-missing).
EOF
}

abspath() { case $1 in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$invoked_from/$1" ;; esac; }

journey="" quick=0 work="" json_path="" skip_missing=0
opt_runs="" opt_slow_runs="" opt_sizes="" opt_files=""
while (($#)); do
  case $1 in
    --journey) journey=$(abspath "${2:?--journey needs a path}"); shift 2 ;;
    --quick) quick=1; shift ;;
    --work) work=$(abspath "${2:?--work needs a folder}"); shift 2 ;;
    --json) json_path=$(abspath "${2:?--json needs a path}"); shift 2 ;;
    --runs) opt_runs=${2:?}; shift 2 ;;
    --slow-runs) opt_slow_runs=${2:?}; shift 2 ;;
    --sizes) opt_sizes=${2:?}; shift 2 ;;
    --files) opt_files=${2:?}; shift 2 ;;
    --skip-missing) skip_missing=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "compare.sh: unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done
if ((quick)); then
  n_big=10000 n_mid=1000 n_small=200 batch_files=100 runs=3 slow_runs=2
fi
[[ -n $opt_runs ]] && runs=$opt_runs
[[ -n $opt_slow_runs ]] && slow_runs=$opt_slow_runs
[[ -n $opt_files ]] && batch_files=$opt_files
if [[ -n $opt_sizes ]]; then
  IFS=, read -r n_big n_mid n_small <<<"$opt_sizes"
fi
for value in "$runs" "$slow_runs" "$batch_files" "$n_big" "$n_mid" "$n_small"; do
  [[ $value =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: not a positive whole number: '$value'" >&2; exit 2; }
done
((runs >= 2 && slow_runs >= 2)) || { echo "compare.sh: hyperfine needs at least 2 runs" >&2; exit 2; }

cd "$repo"
stamp=$(date +%Y-%m-%dT%H%M%S)
if [[ -z $json_path ]]; then
  json_path="$repo/Benchmarks/results/compare-$stamp$( ((quick)) && echo -quick).json"
fi

# ---------------------------------------------------------------- tools
# Each anchor: what it is needed for and the Debian package that brings it.
missing=() missing_pkgs=()
have_xmllint=1 have_dot=1 have_libyaml=1 have_pyyaml=1
note_missing() { missing+=("$1"); missing_pkgs+=("$2"); }
command -v hyperfine >/dev/null || note_missing "hyperfine (every row)" hyperfine
[[ -x /usr/bin/time ]] || note_missing "/usr/bin/time, GNU time (every row: peak RSS)" time
command -v xmllint >/dev/null || { have_xmllint=0; note_missing "xmllint (P1, P4 anchors)" libxml2-utils; }
command -v dot >/dev/null || { have_dot=0; note_missing "dot, Graphviz (P2 anchor)" graphviz; }
if ! command -v cc >/dev/null; then
  have_libyaml=0; note_missing "cc, a C compiler (P1 libyaml anchor)" gcc
elif ! printf '#include <yaml.h>\n' | cc -E -x c - >/dev/null 2>&1; then
  have_libyaml=0; note_missing "yaml.h, libyaml's headers (P1 libyaml anchor)" libyaml-dev
fi
if ! command -v python3 >/dev/null; then
  have_pyyaml=0; note_missing "python3 (P1 PyYAML anchor)" "python3 python3-yaml"
elif ! python3 -c 'import yaml; yaml.CSafeLoader' >/dev/null 2>&1; then
  have_pyyaml=0; note_missing "PyYAML with libyaml, yaml.CSafeLoader, for $(command -v python3) (P1 anchor)" python3-yaml
fi
if ((${#missing[@]})); then
  {
    echo "compare.sh: missing tools:"
    printf '  - %s\n' "${missing[@]}"
    echo "Install them with (Debian/Ubuntu):"
    echo "  sudo apt-get install graphviz libxml2-utils libyaml-dev python3-yaml hyperfine time"
    echo "  (just these: sudo apt-get install ${missing_pkgs[*]})"
    echo "  A python3 that is not Debian's (pyenv, venv) needs PyYAML built with libyaml: python3 -m pip install pyyaml"
  } >&2
  if ! command -v hyperfine >/dev/null || [[ ! -x /usr/bin/time ]]; then
    echo "compare.sh: hyperfine and GNU time are needed for every row, even with --skip-missing" >&2
    exit 2
  fi
  if ((!skip_missing)); then
    echo "compare.sh: stopping (exit 2); --skip-missing measures without them" >&2
    exit 2
  fi
  echo "compare.sh: --skip-missing: their rows will say \"anchor missing\"" >&2
fi

# ---------------------------------------------------------------- the binary
if [[ -z $journey ]]; then
  swift=$(command -v swift || true)
  [[ -z $swift && -x /opt/swift/usr/bin/swift ]] && swift=/opt/swift/usr/bin/swift
  [[ -n $swift ]] || { echo "compare.sh: swift not found; give --journey PATH" >&2; exit 2; }
  echo "Building journey (swift build -c release --product journey)..." >&2
  "$swift" build -c release --product journey >&2
  journey="$("$swift" build -c release --show-bin-path)/journey"
fi
[[ -x $journey ]] || { echo "compare.sh: not an executable: $journey" >&2; exit 2; }
if ! "$journey" generate --help >/dev/null 2>&1; then
  echo "compare.sh: $journey has no \`generate\` subcommand (issue 8's generator); build a newer one" >&2
  exit 2
fi

# ---------------------------------------------------------------- work folder
own_work=0
if [[ -z $work ]]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/journey-compare.XXXXXX")
  own_work=1
else
  mkdir -p "$work"
fi
cleanup() { if ((own_work)); then rm -rf -- "$work"; fi; }
trap cleanup EXIT
mkdir -p "$work/log" "$work/out" "$work/p5" "$work/batch"

# ---------------------------------------------------------------- helpers
# One word for hyperfine's --shell=none and for reading: single-quoted when needed.
quote() {
  if [[ $1 =~ ^[A-Za-z0-9_./=:,+@%-]+$ ]]; then printf '%s' "$1"; else printf "'%s'" "${1//\'/\'\\\'\'}"; fi
}
cmdline() {
  local out="" word
  for word in "$@"; do out+="${out:+ }$(quote "$word")"; done
  printf '%s' "$out"
}
json_str() {
  local s=$1
  s=${s//\\/\\\\}; s=${s//\"/\\\"}; s=${s//$'\n'/\\n}; s=${s//$'\t'/\\t}; s=${s//$'\r'/\\r}
  s=$(printf '%s' "$s" | tr -d '\000-\010\013\014\016-\037')
  printf '"%s"' "$s"
}
json_num() { if [[ -n ${1:-} ]]; then printf '%s' "$1"; else printf 'null'; fi; }
calc() { awk "BEGIN { printf \"%.6g\", $1 }"; }
fmt_time() { # seconds -> "123 ms" / "1.23 s"
  [[ -n ${1:-} ]] || { printf -- '-'; return; }
  awk -v s="$1" 'BEGIN { if (s < 0.01) printf "%.1f ms", s * 1000; else if (s < 1) printf "%.0f ms", s * 1000; else printf "%.2f s", s }'
}
fmt_mib() { [[ -n ${1:-} ]] || { printf -- '-'; return; }; awk -v k="$1" 'BEGIN { printf "%.0f MiB", k / 1024 }'; }
fmt_x() { [[ -n ${1:-} ]] || { printf -- '-'; return; }; awk -v r="$1" 'BEGIN { printf (r < 10 ? "%.2fx" : "%.1fx"), r }'; }
fmt_n() { printf "%'d" "$1" 2>/dev/null || printf '%d' "$1"; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }
verdict() { if "$@"; then printf PASS; else printf MISS; fi; }
filesize() { stat -c %s "$1"; }

declare -A CMD=() MED=() RSS=() RC=() STATUS=() NOTE=() RUNS=()
measured=()

# measure KEY RUNS EXPECT WANT -- COMMAND...
#   EXPECT: 0 (exit code 0 only) or 01 (0 or 1: `journey validate` with findings of error
#   severity exits 1). WANT: stdout (the command must print something), file:PATH (it must
#   write a non-empty PATH) or none. The command runs once under /usr/bin/time (peak RSS, the
#   checks, and a warm file cache), then under hyperfine for the median.
measure() {
  local key=$1 n=$2 expect=$3 want=$4
  shift 5
  local log="$work/log/$key" rc=0
  CMD[$key]=$(cmdline "$@")
  RUNS[$key]=$n
  measured+=("$key")
  printf '  %-18s %s\n' "$key" "${CMD[$key]}" >&2
  [[ $want == file:* ]] && rm -f -- "${want#file:}"
  /usr/bin/time -f '%e %M' -o "$log.time" "$@" >"$log.stdout" 2>"$log.stderr" || rc=$?
  RC[$key]=$rc
  RSS[$key]=$(tail -n 1 "$log.time" | awk '{ print $2 }')
  local problem=""
  if [[ $expect == 01 ]]; then
    ((rc == 0 || rc == 1)) || problem="exit code $rc (expected 0 or 1)"
  else
    ((rc == 0)) || problem="exit code $rc"
  fi
  ((rc > 128)) && problem+=" (signal $((rc - 128)))"
  if [[ -z $problem ]]; then
    case $want in
      stdout) [[ -s $log.stdout ]] || problem="printed nothing" ;;
      file:*) [[ -s ${want#file:} ]] || problem="wrote no ${want#file:}" ;;
    esac
  fi
  if [[ -n $problem ]]; then
    STATUS[$key]=error
    NOTE[$key]="$problem: $(head -c 300 "$log.stderr" | tr '\n' ' ')"
    printf '  %-18s FAILED: %s\n' "" "${NOTE[$key]}" >&2
    return 0
  fi
  local ignore=()
  [[ $expect == 01 ]] && ignore=(--ignore-failure)
  if ! hyperfine --shell=none --style basic --runs "$n" "${ignore[@]}" -n "$key" \
    --export-json "$log.json" --export-csv "$log.csv" -- "${CMD[$key]}" >"$log.hyperfine" 2>&1; then
    STATUS[$key]=error
    NOTE[$key]="hyperfine failed: $(tail -n 3 "$log.hyperfine" | tr '\n' ' ')"
    printf '  %-18s FAILED: %s\n' "" "${NOTE[$key]}" >&2
    return 0
  fi
  # Every run must have exited as the first one may: -i hides crashes otherwise.
  local codes
  codes=$(tr -d ' \n' <"$log.json" | grep -o '"exit_codes":\[[^]]*\]' | sed 's/.*\[//; s/\]//' | tr ',' '\n' | sort -u | tr '\n' ' ')
  local code
  for code in $codes; do
    if [[ $code != 0 && ! ($expect == 01 && $code == 1) ]]; then
      STATUS[$key]=error
      NOTE[$key]="a run under hyperfine exited with $code"
      printf '  %-18s FAILED: %s\n' "" "${NOTE[$key]}" >&2
      return 0
    fi
  done
  MED[$key]=$(awk -F, 'NR == 2 { print $4 }' "$log.csv")
  STATUS[$key]=ok
  printf '  %-18s median %s over %d runs, peak RSS %s\n' "" "$(fmt_time "${MED[$key]}")" "$n" "$(fmt_mib "${RSS[$key]}")" >&2
}
ok() { [[ ${STATUS[$1]:-} == ok ]]; }
# A key's median or, when it failed or did not run, why not.
shown() {
  if ok "$1"; then fmt_time "${MED[$1]}"; elif [[ ${STATUS[$1]:-} == error ]]; then printf 'failed'; else printf '%s' "${NOTE[$1]:-not run}"; fi
}

# Rows of the table: TSV for printing, JSON objects for the report.
table=() rows_json=()
# row ID COMPARISON N GOAL JK_TEXT ANCHOR_TEXT RATIO_TEXT RSS_TEXT RESULT NOTE JK_KEY ANCHOR_KEY RATIO
row() {
  local id=$1 what=$2 n=$3 goal=$4 jk=$5 anchor=$6 ratio_text=$7 rss=$8 result=$9 note=${10} jk_key=${11} anchor_key=${12} ratio=${13}
  table+=("$id"$'\t'"$what"$'\t'"$n"$'\t'"$goal"$'\t'"$jk"$'\t'"$anchor"$'\t'"$ratio_text"$'\t'"$rss"$'\t'"$result")
  [[ -n $note ]] && notes+=("$id $what: $note")
  rows_json+=("$(printf '{"id":%s,"comparison":%s,"touchpoints":%s,"goal":%s,"journeykit":%s,"journeykit_key":%s,"journeykit_median_s":%s,"journeykit_peak_rss_kib":%s,"anchor":%s,"anchor_key":%s,"anchor_median_s":%s,"anchor_peak_rss_kib":%s,"ratio":%s,"result":%s,"note":%s}' \
    "$(json_str "$id")" "$(json_str "$what")" "$(json_str "$n")" "$(json_str "$goal")" "$(json_str "$jk")" \
    "$(json_str "$jk_key")" "$(json_num "${jk_key:+${MED[$jk_key]:-}}")" "$(json_num "${jk_key:+${RSS[$jk_key]:-}}")" \
    "$(json_str "$anchor")" "$(json_str "$anchor_key")" "$(json_num "${anchor_key:+${MED[$anchor_key]:-}}")" "$(json_num "${anchor_key:+${RSS[$anchor_key]:-}}")" \
    "$(json_num "$ratio")" "$(json_str "$result")" "$(json_str "$note")")")
}
notes=()
# The result of a row whose JourneyKit side is KEY and anchor side AKEY (may be empty).
# Prints "error", "anchor missing" or nothing (then the caller decides PASS/MISS).
blocked() {
  local key=$1 akey=${2:-}
  if ! ok "$key"; then printf 'error'; return; fi
  if [[ -n $akey ]] && ! ok "$akey"; then
    if [[ ${STATUS[$akey]:-} == missing ]]; then printf 'anchor missing'; else printf 'error'; fi
  fi
}
mark_missing() { STATUS[$1]=missing; NOTE[$1]="anchor missing"; }

# ---------------------------------------------------------------- machine
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
cpu_model=${cpu_model:-$(uname -m)}
cores=$(nproc)
mem_kib=$(awk '/^MemTotal/ { print $2 }' /proc/meminfo 2>/dev/null || echo 0)
kernel=$(uname -sr)
describe=$(git -C "$repo" describe --always --tags 2>/dev/null || echo unknown)
if [[ $describe != unknown ]] && ! git -C "$repo" diff-index --quiet HEAD -- 2>/dev/null; then describe+="-modified"; fi
first_line() { "$@" 2>&1 | head -n 1 || true; }
v_journey=$(first_line "$journey" --version)
v_hyperfine=$(first_line hyperfine --version)
v_xmllint=$( ((have_xmllint)) && first_line xmllint --version || echo missing)
v_dot=$( ((have_dot)) && first_line dot -V || echo missing)
py_version='import sys, yaml, yaml._yaml as c; print("Python %s, PyYAML %s, libyaml %s" % (sys.version.split()[0], yaml.__version__, c.get_version_string()))'
v_python=$( ((have_pyyaml)) && python3 -c "$py_version" 2>/dev/null || echo missing)
v_cc=$( ((have_libyaml)) && first_line cc --version || echo missing)
v_libyaml=missing

{
  echo "JourneyKit vs anchors (Benchmarks/compare.sh), $(date '+%Y-%m-%d %H:%M %Z')"
  ((quick)) && echo "QUICK RUN: smaller N and fewer runs; a smoke test, NOT the real figures"
  echo "machine: $cores cores, $cpu_model, $(awk -v k="$mem_kib" 'BEGIN { printf "%.1f GiB", k / 1048576 }') memory, $kernel"
  echo "repo:    $describe"
  echo "journey: $journey ($v_journey)"
  echo "tools:   $v_hyperfine; $v_xmllint; $v_dot; $v_python; $v_cc"
  echo "sizes:   $n_big / $n_mid / $n_small touchpoints; P6 $batch_files files of $batch_size; $runs runs ($slow_runs for the slowest anchors)"
} | tee "$work/header.txt" >&2

# ---------------------------------------------------------------- inputs
echo "Generating inputs in $work ..." >&2
for n in "$n_big" "$n_mid" "$n_small"; do
  [[ -s $work/j$n.yaml ]] || "$journey" generate "$n" "$work/j$n.yaml"
done
for n in "$n_big" "$n_mid"; do
  [[ -s $work/j$n.xml ]] || "$journey" generate "$n" "$work/j$n.xml"
done
if ((have_dot)); then
  # The DOT that dot draws is `journey convert` of the very journey JourneyKit renders.
  for n in "$n_mid" "$n_small"; do
    [[ -s $work/j$n.dot ]] || "$journey" convert "$work/j$n.yaml" "$work/j$n.dot"
  done
fi
if ((have_libyaml)); then
  if cc -O2 -o "$work/yaml-events" "$repo/Benchmarks/anchors/yaml-events.c" -lyaml 2>"$work/log/cc.stderr"; then
    v_libyaml=$("$work/yaml-events" --version)
  else
    have_libyaml=0
    echo "compare.sh: Benchmarks/anchors/yaml-events.c did not compile (libyaml-dev?):" >&2
    cat "$work/log/cc.stderr" >&2
    ((skip_missing)) || exit 2
  fi
fi
jobs_supported=0
if "$journey" validate --help 2>&1 | grep -q -- --jobs; then jobs_supported=1; fi
if ((jobs_supported)); then
  count=$(find "$work/batch" -name 'j*.yaml' | wc -l)
  if ((count != batch_files)); then
    rm -f -- "$work"/batch/j*.yaml
    seq 1 "$batch_files" | xargs -P "$cores" -I '{}' "$journey" generate "$batch_size" "$work/batch/j{}.yaml" --seed '{}'
  fi
fi
declare -A SIZE=()
for f in "$work"/j*.yaml "$work"/j*.xml "$work"/j*.dot; do
  [[ -e $f ]] && SIZE[$(basename "$f")]=$(filesize "$f")
done
printf '  %s\n' "$(for f in "${!SIZE[@]}"; do printf '%s %s B; ' "$f" "${SIZE[$f]}"; done)" >&2

J=$journey B=$n_big M=$n_mid S=$n_small W=$work
py_load='import sys, yaml; yaml.load(open(sys.argv[1], "rb"), Loader=yaml.CSafeLoader)'

# ---------------------------------------------------------------- measurements
echo "Measuring (median of hyperfine runs; peak RSS from /usr/bin/time)..." >&2
# P1, P3, P4: validate at BIG and MID, and the parse anchors at BIG.
measure val_xml_big "$runs" 01 stdout -- "$J" validate "${validate_opts[@]}" "$W/j$B.xml"
measure val_yaml_big "$runs" 01 stdout -- "$J" validate "${validate_opts[@]}" "$W/j$B.yaml"
measure val_xml_mid "$runs" 01 stdout -- "$J" validate "${validate_opts[@]}" "$W/j$M.xml"
measure val_yaml_mid "$runs" 01 stdout -- "$J" validate "${validate_opts[@]}" "$W/j$M.yaml"
if ((have_xmllint)); then
  measure xmllint_big "$runs" 0 none -- xmllint --noout "$W/j$B.xml"
  measure xmllint_stream_big "$runs" 0 none -- xmllint --stream --noout "$W/j$B.xml"
else
  mark_missing xmllint_big; mark_missing xmllint_stream_big
fi
if ((have_libyaml)); then
  measure yaml_events_big "$runs" 0 stdout -- "$W/yaml-events" "$W/j$B.yaml"
else
  mark_missing yaml_events_big
fi
if ((have_pyyaml)); then
  measure pyyaml_big "$slow_runs" 0 none -- python3 -c "$py_load" "$W/j$B.yaml"
else
  mark_missing pyyaml_big
fi
# P2, P3: the journey map (the default view) against dot -Tsvg of the same journey.
measure render_big "$runs" 0 "file:$W/out/render_big.svg" -- "$J" render "$W/j$B.yaml" -o "$W/out/render_big.svg"
measure render_mid "$runs" 0 "file:$W/out/render_mid.svg" -- "$J" render "$W/j$M.yaml" -o "$W/out/render_mid.svg"
measure render_small "$runs" 0 "file:$W/out/render_small.svg" -- "$J" render "$W/j$S.yaml" -o "$W/out/render_small.svg"
if ((have_dot)); then
  measure dot_mid "$slow_runs" 0 "file:$W/out/dot_mid.svg" -- dot -Tsvg "$W/j$M.dot" -o "$W/out/dot_mid.svg"
  measure dot_small "$runs" 0 "file:$W/out/dot_small.svg" -- dot -Tsvg "$W/j$S.dot" -o "$W/out/dot_small.svg"
else
  mark_missing dot_mid; mark_missing dot_small
fi
# P5: a shipped sample in one process, and validate and render (SVG) each on their own.
p5_command
measure p5_one "$runs" 0 "file:${p5_cmd[${#p5_cmd[@]} - 1]}" -- "${p5_cmd[@]}"
measure p5_validate "$runs" 01 stdout -- "$J" validate "${validate_opts[@]}" "$p5_sample"
measure p5_render "$runs" 0 "file:$W/p5/map.svg" -- "$J" render "$p5_sample" -o "$W/p5/map.svg"
# P6: batch validation of a folder, 1 job against 2.
if ((jobs_supported)); then
  measure batch_jobs1 "$runs" 01 stdout -- "$J" validate "${validate_opts[@]}" -q --jobs 1 "$W/batch"
  measure batch_jobs2 "$runs" 01 stdout -- "$J" validate "${validate_opts[@]}" -q --jobs 2 "$W/batch"
else
  for key in batch_jobs1 batch_jobs2; do STATUS[$key]=unsupported; NOTE[$key]="not supported by this binary"; done
fi

# ---------------------------------------------------------------- rows
size_mib() { awk -v b="${SIZE[$1]:-0}" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
nb=$(fmt_n "$B") nm=$(fmt_n "$M") ns=$(fmt_n "$S")

# ratio_row ID WHAT N GOAL_TEXT JK AK KIND GOAL ANCHOR_LABEL
#   KIND slower: ratio = JK / anchor, PASS when <= GOAL. faster: ratio = anchor / JK, PASS
#   when >= GOAL.
ratio_row() {
  local id=$1 what=$2 n=$3 goal_text=$4 jk=$5 ak=$6 kind=$7 goal=$8 label=$9
  local result ratio="" anchor
  result=$(blocked "$jk" "$ak")
  if ok "$ak"; then anchor="$label $(fmt_time "${MED[$ak]}")"; else anchor="$label: $(shown "$ak")"; fi
  if [[ -z $result ]]; then
    if [[ $kind == slower ]]; then
      ratio=$(calc "${MED[$jk]} / ${MED[$ak]}"); result=$(verdict le "$ratio" "$goal")
    else
      ratio=$(calc "${MED[$ak]} / ${MED[$jk]}"); result=$(verdict ge "$ratio" "$goal")
    fi
  fi
  local note=""
  [[ ${STATUS[$jk]:-} == error ]] && note="journey: ${NOTE[$jk]}"
  [[ ${STATUS[$ak]:-} == error ]] && note+="${note:+; }anchor: ${NOTE[$ak]}"
  [[ ${RUNS[$ak]:-0} == "$slow_runs" && $slow_runs != "$runs" ]] && note+="${note:+; }anchor median of $slow_runs runs (it is slow)"
  row "$id" "$what" "$n" "$goal_text" "$(shown "$jk")" "$anchor" \
    "$(if [[ -n $ratio ]]; then fmt_x "$ratio"; [[ $kind == faster ]] && printf ' faster'; else printf -- '-'; fi)" \
    "$(ok "$jk" && fmt_mib "${RSS[$jk]:-}" || printf -- '-')" "$result" "$note" "$jk" "$ak" "$ratio"
}

ratio_row P1 "validate j.xml vs xmllint --noout" "$nb" "<= ${goal_p1_xml}x xmllint" val_xml_big xmllint_big slower "$goal_p1_xml" "xmllint"
ratio_row P1 "validate j.yaml vs libyaml events" "$nb" "<= ${goal_p1_events}x libyaml" val_yaml_big yaml_events_big slower "$goal_p1_events" "yaml-events"
ratio_row P1 "validate j.yaml vs PyYAML CSafeLoader" "$nb" ">= ${goal_p1_pyyaml}x faster" val_yaml_big pyyaml_big faster "$goal_p1_pyyaml" "PyYAML"
ratio_row P2 "render map SVG vs dot -Tsvg" "$nm" ">= ${goal_p2_mid}x faster" render_mid dot_mid faster "$goal_p2_mid" "dot"
ratio_row P2 "render map SVG vs dot -Tsvg" "$ns" ">= ${goal_p2_small}x faster" render_small dot_small faster "$goal_p2_small" "dot"

# P2 at BIG: absolute goals, no anchor.
result=$(blocked render_big)
if [[ -z $result ]]; then
  if lt "${MED[render_big]}" "$goal_p2_big_s" && lt "${RSS[render_big]}" "$goal_p2_big_rss_kib"; then result=PASS; else result=MISS; fi
fi
row P2 "render map SVG (time and peak RSS)" "$nb" "< ${goal_p2_big_s} s, < 1 GiB" "$(shown render_big)" \
  "dot: not run (out of memory)" "-" "$(fmt_mib "${RSS[render_big]:-}")" "$result" \
  "$(ok render_big || printf '%s' "${NOTE[render_big]:-}")" render_big "" ""

# P3: growth from MID to BIG.
growth_row() {
  local what=$1 big=$2 mid=$3 result ratio=""
  result=$(blocked "$big" "$mid")
  [[ $result == "anchor missing" ]] && result=error
  if [[ -z $result ]]; then ratio=$(calc "${MED[$big]} / ${MED[$mid]}"); result=$(verdict le "$ratio" "$goal_p3"); fi
  row P3 "$what" "$nb/$nm" "<= ${goal_p3}" "$(shown "$big")" "N=$nm: $(shown "$mid")" \
    "$(if [[ -n $ratio ]]; then fmt_x "$ratio"; else printf -- '-'; fi)" "$(fmt_mib "${RSS[$big]:-}")" "$result" "" "$big" "$mid" "$ratio"
}
growth_row "growth: validate j.xml" val_xml_big val_xml_mid
growth_row "growth: validate j.yaml" val_yaml_big val_yaml_mid
growth_row "growth: render map SVG" render_big render_mid

# P4: peak RSS / input size.
rss_ratio() { awk -v k="${RSS[$1]:-0}" -v b="${SIZE[$2]:-1}" 'BEGIN { printf "%.6g", k * 1024 / b }'; }
xml=j$B.xml yaml=j$B.yaml
p4_anchor() { # KEY LABEL FILE
  if [[ ${STATUS[$1]:-} == missing ]]; then printf '%s: anchor missing' "$2"
  elif [[ -n ${RSS[$1]:-} ]]; then printf '%s %s (%s)' "$2" "$(fmt_x "$(rss_ratio "$1" "$3")")" "$(fmt_mib "${RSS[$1]}")"
  else printf '%s: -' "$2"; fi
}
result=$(blocked val_xml_big) ratio=""
if [[ -z $result ]]; then ratio=$(rss_ratio val_xml_big "$xml"); result=$(verdict le "$ratio" "$goal_p4"); fi
row P4 "peak RSS / size of j.xml ($(size_mib "$xml"))" "$nb" "<= ${goal_p4}x" "$(fmt_mib "${RSS[val_xml_big]:-}")" \
  "$(p4_anchor xmllint_big "xmllint" "$xml"); $(p4_anchor xmllint_stream_big "--stream" "$xml")" \
  "$(fmt_x "$ratio")" "$(fmt_mib "${RSS[val_xml_big]:-}")" "$result" "" val_xml_big xmllint_big "$ratio"
result=$(blocked val_yaml_big) ratio=""
if [[ -z $result ]]; then ratio=$(rss_ratio val_yaml_big "$yaml"); result=info; fi
row P4 "peak RSS / size of j.yaml ($(size_mib "$yaml"))" "$nb" "(information)" "$(fmt_mib "${RSS[val_yaml_big]:-}")" \
  "$(p4_anchor yaml_events_big "yaml-events" "$yaml"); $(p4_anchor pyyaml_big "PyYAML" "$yaml")" \
  "$(fmt_x "$ratio")" "$(fmt_mib "${RSS[val_yaml_big]:-}")" "$result" "" val_yaml_big yaml_events_big "$ratio"

# P5: the one process against the goal; validate and render alone, and their sum, for context.
result=$(blocked p5_one)
if [[ -z $result ]]; then result=$(verdict lt "$(calc "${MED[p5_one]} * 1000")" "$goal_p5_ms"); fi
row P5 "validate + render $(basename "$p5_sample"), one process" "sample" "< ${goal_p5_ms} ms" "$(shown p5_one)" \
  "-" "-" "$(fmt_mib "${RSS[p5_one]:-}")" "$result" \
  "one process: $(cmdline "${p5_cmd[@]/#"$J"/journey}")${NOTE[p5_one]:+; ${NOTE[p5_one]}}" p5_one "" ""
p5_sum=""
ok p5_validate && ok p5_render && p5_sum=$(calc "${MED[p5_validate]} + ${MED[p5_render]}")
row P5 "  validate; render (map SVG): two processes" "sample" "(information)" \
  "$(if [[ -n $p5_sum ]]; then printf 'sum %s' "$(fmt_time "$p5_sum")"; else printf -- '-'; fi)" \
  "validate $(shown p5_validate); render $(shown p5_render)" "-" "$(fmt_mib "${RSS[p5_render]:-}")" "info" "" p5_validate p5_render ""

# P6: batch speed-up.
if ((jobs_supported)); then
  result=$(blocked batch_jobs2 batch_jobs1) ratio=""
  [[ $result == "anchor missing" ]] && result=error
  if [[ -z $result ]]; then ratio=$(calc "${MED[batch_jobs1]} / ${MED[batch_jobs2]}"); result=$(verdict ge "$ratio" "$goal_p6"); fi
  row P6 "validate DIR --jobs 2 vs --jobs 1" "$(fmt_n "$batch_files")x$batch_size" ">= ${goal_p6}x faster" "$(shown batch_jobs2)" \
    "--jobs 1: $(shown batch_jobs1)" "$(if [[ -n $ratio ]]; then fmt_x "$ratio"; printf ' faster'; else printf -- '-'; fi)" \
    "$(fmt_mib "${RSS[batch_jobs2]:-}")" "$result" "" batch_jobs2 batch_jobs1 "$ratio"
else
  row P6 "validate DIR --jobs 2 vs --jobs 1" "$(fmt_n "$batch_files")x$batch_size" ">= ${goal_p6}x faster" "-" "-" "-" "-" \
    "not supported by this binary" "journey validate --help has no --jobs" batch_jobs2 batch_jobs1 ""
fi

# ---------------------------------------------------------------- table
total=$((SECONDS - started_at))
{
  echo
  cat "$work/header.txt"
  echo
  {
    printf 'Goal\tComparison\tN\tTarget\tJourneyKit\tAnchor\tRatio\tPeak RSS\tResult\n'
    printf '%s\n' "${table[@]}"
  } | awk -F '\t' '
    { for (i = 1; i <= NF; i++) { cell[NR, i] = $i; w = length($i); if (w > width[i]) width[i] = w } rows = NR; cols = (NF > cols ? NF : cols) }
    END {
      for (r = 1; r <= rows; r++) {
        line = ""
        for (i = 1; i <= cols; i++) line = line sprintf("%-" width[i] "s", cell[r, i]) (i < cols ? "  " : "")
        sub(/ +$/, "", line); print line
        if (r == 1) { line = ""; for (i = 1; i <= cols; i++) { d = ""; for (k = 0; k < width[i]; k++) d = d "-"; line = line d (i < cols ? "  " : "") } print line }
      }
    }'
  echo
  echo "Times are hyperfine medians of whole processes (start included); peak RSS is /usr/bin/time's %M of one run."
  echo "journey validate runs the whole catalogue (${validate_opts[*]}); it exits 1 on the synthetic journey's ISO findings, which is expected."
  ((${#notes[@]})) && printf 'Note, %s\n' "${notes[@]}"
  ((quick)) && echo "QUICK RUN: smaller N and fewer runs than the goals name; these are NOT the real figures."
  echo "Total time: $((total / 60)) min $((total % 60)) s. JSON: $json_path"
} | tee "$work/table.txt"

# ---------------------------------------------------------------- JSON
mkdir -p "$(dirname "$json_path")"
{
  printf '{\n'
  printf '  "date": %s,\n' "$(json_str "$(date -Iseconds)")"
  printf '  "quick": %s,\n' "$( ((quick)) && echo true || echo false)"
  printf '  "total_seconds": %s,\n' "$total"
  printf '  "repo": {"describe": %s},\n' "$(json_str "$describe")"
  printf '  "machine": {"cores": %s, "cpu": %s, "memory_kib": %s, "kernel": %s},\n' \
    "$cores" "$(json_str "$cpu_model")" "$(json_num "$mem_kib")" "$(json_str "$kernel")"
  printf '  "tools": {"journey": %s, "journey_path": %s, "hyperfine": %s, "xmllint": %s, "dot": %s, "python": %s, "cc": %s, "libyaml": %s},\n' \
    "$(json_str "$v_journey")" "$(json_str "$journey")" "$(json_str "$v_hyperfine")" "$(json_str "$v_xmllint")" \
    "$(json_str "$v_dot")" "$(json_str "$v_python")" "$(json_str "$v_cc")" "$(json_str "$v_libyaml")"
  printf '  "settings": {"touchpoints": {"big": %s, "mid": %s, "small": %s}, "batch_files": %s, "batch_touchpoints": %s, "runs": %s, "slow_runs": %s, "validate_options": %s, "p5_sample": %s},\n' \
    "$B" "$M" "$S" "$batch_files" "$batch_size" "$runs" "$slow_runs" "$(json_str "${validate_opts[*]}")" "$(json_str "$p5_sample")"
  printf '  "goals": {"p1_xml_max_ratio": %s, "p1_libyaml_max_ratio": %s, "p1_pyyaml_min_speedup": %s, "p2_mid_min_speedup": %s, "p2_small_min_speedup": %s, "p2_big_max_s": %s, "p2_big_max_rss_kib": %s, "p3_max_growth": %s, "p4_max_rss_per_byte": %s, "p5_max_ms": %s, "p6_min_speedup": %s},\n' \
    "$goal_p1_xml" "$goal_p1_events" "$goal_p1_pyyaml" "$goal_p2_mid" "$goal_p2_small" "$goal_p2_big_s" "$goal_p2_big_rss_kib" "$goal_p3" "$goal_p4" "$goal_p5_ms" "$goal_p6"
  printf '  "inputs": {'
  first=1
  for f in $(printf '%s\n' "${!SIZE[@]}" | sort); do
    ((first)) || printf ', '; first=0
    printf '%s: %s' "$(json_str "$f")" "${SIZE[$f]}"
  done
  printf '},\n'
  printf '  "rows": [\n'
  for i in "${!rows_json[@]}"; do
    printf '    %s%s\n' "${rows_json[$i]}" "$( ((i + 1 < ${#rows_json[@]})) && echo ,)"
  done
  printf '  ],\n'
  printf '  "measurements": {\n'
  for i in "${!measured[@]}"; do
    key=${measured[$i]}
    log="$work/log/$key"
    printf '    %s: {"command": %s, "status": %s, "note": %s, "runs": %s, "median_s": %s, "peak_rss_kib": %s, "first_exit_code": %s, "hyperfine": ' \
      "$(json_str "$key")" "$(json_str "${CMD[$key]}")" "$(json_str "${STATUS[$key]:-}")" "$(json_str "${NOTE[$key]:-}")" \
      "${RUNS[$key]}" "$(json_num "${MED[$key]:-}")" "$(json_num "${RSS[$key]:-}")" "$(json_num "${RC[$key]:-}")"
    if [[ -s $log.json ]]; then cat "$log.json"; else printf 'null'; fi
    printf '}%s\n' "$( ((i + 1 < ${#measured[@]})) && echo ,)"
  done
  printf '  }\n'
  printf '}\n'
} >"$json_path"
echo "Wrote $json_path" >&2
for line in "${table[@]}"; do
  if [[ $line == *$'\t'error ]]; then
    echo "compare.sh: a measured command failed (rows marked error); see the notes above" >&2
    exit 1
  fi
done
