#!/usr/bin/env bash
# SiteGen against Hugo and the "floor" (only reading, Markdig, one Scriban template and writing) on a
# generated corpus, in turn, on this machine. Prints and saves the tables for README.md ("Performance").
#
#   tests/bench/compare-hugo.sh [--news "1000 10000"] [--runs 5] [--seed 1] [--work DIR] [--no-hugo] [--phase-runs 3]
#                               [--ready-to-run | --framework-dependent]
#
# Every run is a fresh process measured by /usr/bin/time (wall, user+sys CPU, max RSS). Each round runs
# every generator once per size, in an order that rotates between rounds, so drift on a shared machine
# falls on all of them alike; compare the ratios and medians, not single seconds. The output folder is
# removed before each run (not timed), so every run is a full cold build; the corpus stays in the
# page cache for all of them alike. The corpus and outputs go to --work (default /dev/shm/sitegen-bench,
# else $TMPDIR/sitegen-bench), never into the repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"

# tmpfs when there is one, so the disk's write-back does not decide the figures (the issue's tables used tmpfs too).
default_work="${TMPDIR:-/tmp}/sitegen-bench"
[ -d /dev/shm ] && [ -w /dev/shm ] && default_work=/dev/shm/sitegen-bench
sizes="1000 10000"; runs=5; seed=1; work="$default_work"; with_hugo=1; phase_runs=3; kind=native
while [ $# -gt 0 ]; do
  case "$1" in
    --news) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --phase-runs) phase_runs="$2"; shift 2 ;;
    --no-hugo) with_hugo=0; shift ;;
    --ready-to-run) kind=composite; shift ;;
    --framework-dependent) kind=framework-dependent; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

[ -x /usr/bin/time ] || { echo "needs /usr/bin/time: apt-get install -y time" >&2; exit 2; }
if [ "$with_hugo" = 1 ] && ! command -v hugo >/dev/null; then
  echo "needs Hugo: apt-get update && apt-get install -y hugo (or pass --no-hugo)" >&2; exit 2
fi

if [ "$kind" = native ] && ! command -v clang >/dev/null; then
  echo "the native build needs clang: apt-get install -y clang (or pass --ready-to-run)" >&2; exit 2
fi

mkdir -p "$work"

# Published builds, as SiteGen would be shipped to run often; the floor and the phase timer get the same treatment.
# By default the native build (PublishAot; settings in Directory.Build.targets): SiteGen, its libraries and .NET
# compiled to machine code ahead of time, nothing JIT-compiled. tests/native.sh runs the tests against that build.
# --ready-to-run measures the self-contained composite ReadyToRun image of the earlier rounds instead,
# --framework-dependent the smaller ReadyToRun build that needs an installed .NET. Each takes two to three minutes
# to compile. Outside the repository, under --work.
rid="linux-$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')"
case "$kind" in
  native) publish=(-r "$rid" -p:PublishAot=true -p:IntermediateOutputPath="obj/native/Release/$rid/") ;;
  composite) publish=(-r "$rid" --self-contained true) ;;
  framework-dependent) publish=(-r "$rid" --self-contained false) ;;
esac
echo "== release build (dotnet publish, $kind)" >&2
dotnet publish SiteGen.csproj -c Release "${publish[@]}" -o "$work/bin/sitegen" -nologo -v quiet >&2
dotnet publish tests/SiteGen.Bench/SiteGen.Bench.csproj -c Release "${publish[@]}" -o "$work/bin/bench" -nologo -v quiet >&2
sitegen="$work/bin/sitegen/sitegen"
bench="$work/bin/bench/sitegen-bench"
now=2025-06-01

results="$work/results.tsv"
: > "$results"

for n in $sizes; do
  echo "== corpus N=$n (seed $seed)" >&2
  "$bench" corpus --news "$n" --seed "$seed" --out "$work/$n" $([ "$with_hugo" = 1 ] && echo --hugo) >&2
done

# measure NAME N RUN OUTDIR COMMAND...: one timed process, one "run" line in the results.
measure() {
  local tool="$1" n="$2" run="$3" out="$4"; shift 4
  rm -rf "$out" "$(dirname "$out")/.$(basename "$out").old-"* 2>/dev/null || true
  local times="$work/time.txt" log="$work/last-$tool.log"
  if ! /usr/bin/time -f "%e %U %S %M" -o "$times" "$@" >"$log" 2>&1; then
    echo "$tool failed (N=$n run $run); see $log" >&2; tail -20 "$log" >&2; exit 1
  fi
  local pages; pages=$(find "$out" -name '*.html' | wc -l)
  read -r wall user sys rss < <(tail -n 1 "$times")
  printf 'run\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "$run" "$wall" "$user" "$sys" "$rss" "$pages" >> "$results"
  printf '  N=%-6s %-8s run %s: %6ss wall %6ss user %6ss sys %7s KB %6s pages\n' "$n" "$tool" "$run" "$wall" "$user" "$sys" "$rss" "$pages" >&2
}

tools=(sitegen floor)
[ "$with_hugo" = 1 ] && tools=(sitegen hugo floor)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for run in $(seq 1 "$runs"); do
  echo "== round $run of $runs" >&2
  # Rotate the order each round: sitegen hugo floor, hugo floor sitegen, ...
  order=("${tools[@]:$(( (run - 1) % ${#tools[@]} ))}" "${tools[@]:0:$(( (run - 1) % ${#tools[@]} ))}")
  for n in $sizes; do
    for tool in "${order[@]}"; do
      case "$tool" in
        sitegen) measure sitegen "$n" "$run" "$work/$n/out-sitegen" \
                   "$sitegen" build -i "$work/$n/sitegen/input" --theme "$repo/theme" -o "$work/$n/out-sitegen" --now "$now" ;;
        hugo)    measure hugo "$n" "$run" "$work/$n/out-hugo" hugo -s "$work/$n/hugo" -d "$work/$n/out-hugo" --quiet ;;
        floor)   measure floor "$n" "$run" "$work/$n/out-floor" "$bench" floor --input "$work/$n/sitegen/input" --output "$work/$n/out-floor" ;;
      esac
    done
    # SiteGen's phases: a fresh process, its first build cold, then warm rebuilds in the same process.
    "$bench" phases --input "$work/$n/sitegen/input" --theme "$repo/theme" --output "$work/$n/out-phases" --now "$now" --runs "$phase_runs" \
      | sed "s/^phase\t/phase\t$n\t$run\t/" >> "$results"
  done
  # The real site, as the editors build it (git history included): N=0 in the results.
  measure sitegen 0 "$run" "$work/real-out" "$sitegen" build -i "$repo/input" --theme "$repo/theme" -o "$work/real-out"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# What an editor waits for in the preview: save a news item, until 'sitegen serve' serves the new page.
# On a copy of the smallest corpus, so the measured corpus is never edited.
first_n=${sizes%% *}
rm -rf "$work/serve-input" && cp -r "$work/$first_n/sitegen/input" "$work/serve-input"
echo "== serve: save-to-served, N=$first_n" >&2
"$bench" serve-latency --sitegen "$sitegen" --input "$work/serve-input" --theme "$repo/theme" --now "$now" --edits 7 \
  | tee -a /dev/stderr | awk -v n="$first_n" -F'\t' '$2 == "median" { print "serve\t" n "\t" $3 }' >> "$results"

# The same on the real site, on a copy of input/ (without git, so no commit times: the build's own work only).
rm -rf "$work/serve-real" && cp -r "$repo/input" "$work/serve-real"
echo "== serve: save-to-served, real site" >&2
"$bench" serve-latency --sitegen "$sitegen" --input "$work/serve-real" --theme "$repo/theme" --now "$(date -u +%F)" --edits 7 --port 8398 \
  | tee -a /dev/stderr | awk -F'\t' '$2 == "median" { print "serve\t0\t" $3 }' >> "$results"

report="$work/report.md"
{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores; load average before $load_before, after $load_after."
  echo "SiteGen $(git -C "$repo" describe --always --dirty) ($kind build), .NET $(dotnet --version)$([ "$with_hugo" = 1 ] && echo ", $(hugo version | cut -d' ' -f1-2)"); seed $seed; $runs rounds."
  echo
  "$bench" report "$results"
} > "$report"
cat "$report"
echo "(results: $results; report: $report)" >&2
