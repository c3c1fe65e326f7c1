#!/usr/bin/env bash
# The one test command (README and .ci/run both call it). Checks the code style, runs every test and
# ends with one line: "N passed, N failed" (a failed style check is one of the failed).
set -uo pipefail
cd "$(dirname "$0")/.."

# The browser tests (tests/SiteGen.Tests/Browser) drive Debian's Chromium, installed here where it
# is missing (CI runs this as root on a fresh machine). Without Chromium those tests fail and say
# why; they never skip silently. For a quick local run, SITEGEN_SKIP_BROWSER=1 skips them (and this
# install); SITEGEN_CHROMIUM=/path/to/chromium uses another Chromium.
if [ "${SITEGEN_SKIP_BROWSER:-}" != "1" ] && [ -z "${SITEGEN_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests (apt-get install chromium)..."
  sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo"
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null; } ||
    echo "Could not install Chromium; the browser tests will fail." >&2
fi

# The HTML validity tests (tests/SiteGen.Tests/Validation) run the W3C Nu Html Checker: the npm
# package vnu-jar, run with Java. Both are installed here where missing (into tests/.tools, ignored).
if [ "${SITEGEN_SKIP_BROWSER:-}" != "1" ] && [ -z "${SITEGEN_VNU_JAR:-}" ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo"
  missing=""
  command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
  command -v npm >/dev/null 2>&1 || missing="$missing npm"
  if [ -n "$missing" ]; then
    echo "Installing$missing for the HTML validity tests..."
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null; } ||
      echo "Could not install$missing; the HTML validity tests will fail." >&2
  fi
  if [ ! -f tests/.tools/node_modules/vnu-jar/build/dist/vnu.jar ] && command -v npm >/dev/null 2>&1; then
    echo "Installing the Nu Html Checker (npm vnu-jar)..."
    npm install --silent --no-audit --no-fund --prefix tests/.tools vnu-jar@26 >/dev/null ||
      echo "Could not install vnu-jar; the HTML validity tests will fail." >&2
  fi
fi

# Property tests (CsCheck) use fixed seeds in CI (CI=true), so a change fails CI only through what it
# changed; locally they draw random seeds to find new cases. Say which, and how to choose.
if [ "${SITEGEN_PROPERTY_SEEDS:-}" = "fixed" ] || { [ "${CI:-}" = "true" ] && [ -z "${CsCheck_Seed:-}" ] && [ "${SITEGEN_PROPERTY_SEEDS:-}" != "random" ]; }; then
  echo "Property tests: fixed seeds (CI). Random seeds locally: SITEGEN_PROPERTY_SEEDS=random bash tests/run.sh"
else
  echo "Property tests: random seeds. Fixed seeds as in CI: SITEGEN_PROPERTY_SEEDS=fixed bash tests/run.sh; repeat a failure: CsCheck_Seed=<seed from the failure> bash tests/run.sh"
fi

# The calendar tests (tests/SiteGen.Tests/Calendar) read every feed back with parsers nobody here
# wrote: calcurse (its importer is strict about DTEND) and Debian's python3-icalendar. Installed
# here where missing; without them those tests fail and say why.
sudo=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo"
missing=""
[ -x /usr/bin/calcurse ] || command -v calcurse >/dev/null 2>&1 || missing="$missing calcurse"
/usr/bin/python3 -c "import icalendar" >/dev/null 2>&1 || missing="$missing python3-icalendar"
if [ -n "$missing" ]; then
  echo "Installing$missing for the calendar tests..."
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null; } ||
    echo "Could not install$missing; the calendar tests that use them will fail." >&2
fi

# The web editor (/admin/): the build copies Decap CMS from tests/.tools into output/admin/ (the
# publish workflows install it the same way), and the end-to-end test saves through Decap's local
# backend. Both versions are pinned; src/Cms/CmsBundle.cs and the test name the same ones.
if [ "${SITEGEN_SKIP_BROWSER:-}" != "1" ] && command -v npm >/dev/null 2>&1 &&
   { [ ! -f tests/.tools/node_modules/decap-cms/dist/decap-cms.js ] || [ ! -f tests/.tools/node_modules/decap-server/dist/index.js ]; }; then
  echo "Installing the web editor (npm decap-cms, decap-server)..."
  npm install --silent --no-audit --no-fund --prefix tests/.tools decap-cms@3.16.3 decap-server@3.11.3 >/dev/null ||
    echo "Could not install decap-cms and decap-server; the web editor test will fail." >&2
fi

# The code style (.editorconfig): 'dotnet format --verify-no-changes' over SiteGen.slnx, before the
# tests. It restores from the local package cache, so it needs no network once the packages are
# there. A difference counts as one failed test in the last line and fails the run; 'dotnet format
# SiteGen.slnx' fixes it. SITEGEN_FORMAT_CHECK=0 skips the check (for a quick local run).
format_failed=0
if [ "${SITEGEN_FORMAT_CHECK:-1}" != "0" ]; then
  echo "Checking the code style (dotnet format --verify-no-changes)..."
  if ! dotnet format SiteGen.slnx --verify-no-changes; then
    echo "The code style check failed: run 'dotnet format SiteGen.slnx' and commit what it changes." >&2
    format_failed=1
  fi
fi

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
  total="$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")"
  executed="$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  skipped=$(( ${total:-0} - ${executed:-0} ))
  failed=$(( ${failed:-0} + format_failed ))
  # Skipped tests (only with SITEGEN_SKIP_BROWSER=1) are counted, never hidden.
  if [ "$skipped" -gt 0 ]; then
    echo "${passed:-0} passed, ${failed:-0} failed, $skipped skipped"
  else
    echo "${passed:-0} passed, ${failed:-0} failed"
  fi
else
  echo "0 passed, $(( 1 + format_failed )) failed"
  [ "$code" -eq 0 ] && code=1
fi
[ "$format_failed" -eq 1 ] && [ "$code" -eq 0 ] && code=1
exit "$code"
