#!/usr/bin/env bash
# The native build (dotnet publish -p:PublishAot=true; settings in Directory.Build.targets) checked by the same tests as the
# test's own build. Publishes it, then runs tests/run.sh with SITEGEN_EXECUTABLE set: every test that
# starts the command line in a process of its own (serve in Chromium, the time zone and language test,
# the process tests) then starts the native build, and every hostile build (tests/SiteGen.Tests/Robustness)
# is also run by both programs, which must exit alike, print the same and leave the same files.
# The native build is what tests/bench/compare-hugo.sh measures; it needs clang, installed here where
# missing (CI runs as root on a fresh machine). Ends with run.sh's "N passed, N failed".
#
#   tests/native.sh [--out DIR] [arguments for dotnet test ...]
set -uo pipefail
cd "$(dirname "$0")/.."
out="${TMPDIR:-/tmp}/sitegen-native"
if [ "${1:-}" = "--out" ]; then
  [ $# -ge 2 ] || { echo "--out needs a folder" >&2; echo "0 passed, 1 failed"; exit 2; }
  out="$2"; shift 2
fi
# Absolute: the tests start it from their own folders.
out="$(mkdir -p "$out" && cd "$out" && pwd -P)" || { echo "cannot use $out" >&2; echo "0 passed, 1 failed"; exit 1; }
repo="$(pwd -P)"

if ! command -v clang >/dev/null 2>&1; then
  echo "Installing clang for the native build (apt-get install clang)..."
  sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo"
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang >/dev/null; } ||
    { echo "Could not install clang, which the native build needs." >&2; echo "0 passed, 1 failed"; exit 1; }
fi

rid="linux-$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')"
echo "Publishing the native build ($rid) into $out (a few minutes)..."
log="$out/publish.log"
# The native compiler runs again every time: skipped as up to date, it would print none of the warnings checked below.
rm -rf "obj/native/Release/$rid/native"
# Its own intermediate folder, so it never mixes with the ReadyToRun images of other publishes.
if ! dotnet publish SiteGen.csproj -c Release -r "$rid" -p:PublishAot=true -p:IntermediateOutputPath="obj/native/Release/$rid/" \
    -o "$out" -nologo -v quiet >"$log" 2>&1; then
  cat "$log" >&2
  echo "The native build failed." >&2
  echo "0 passed, 1 failed"
  exit 1
fi
# A trimming or AOT warning in SiteGen's own code means something it reads by reflection may be missing from the build
# (the libraries' warnings are the ones Directory.Build.targets lets through).
if grep -E "(warning|error) IL[0-9]+" "$log" | grep -E "IL[0-9]+: SiteGen\.|^$repo/src/" >&2; then
  echo "The native build warns of SiteGen's own code (above): make it safe to trim, or say why it is." >&2
  echo "0 passed, 1 failed"
  exit 1
fi

SITEGEN_EXECUTABLE="$out/sitegen" bash tests/run.sh "$@"
