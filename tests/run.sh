#!/usr/bin/env bash
# The one test command (README and .ci/run both call it). Runs every test and ends with one line:
# "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

results="$(mktemp -d)"
dotnet test tests/SiteGen.Tests/SiteGen.Tests.csproj \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" \
  --results-directory "$results" "$@"
code=$?

trx="$(find "$results" -name '*.trx' | head -n 1)"
if [ -n "$trx" ]; then
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  passed="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  failed="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  echo "${passed:-0} passed, ${failed:-0} failed"
else
  echo "0 passed, 1 failed"
  [ "$code" -eq 0 ] && code=1
fi
exit "$code"
