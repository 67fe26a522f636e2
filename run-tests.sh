#!/usr/bin/env bash
# The one test command (README): set-up, format check, build, every test project, and a plain
# closing line "N passed, N failed". Works on a fresh clone: installs Debian's chromium for the
# browser tests when it is missing and we run as root; npm packages come in through the build.
set -uo pipefail
cd "$(dirname "$0")"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
extra_passed=0
extra_failed=0

step() { printf '\n== %s\n' "$*"; }

step "Chromium and CJK fonts for the browser tests"
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing="$missing fonts-noto-cjk"
if [ -z "$missing" ]; then
  echo "found /usr/bin/chromium and Noto CJK fonts"
elif [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null) \
    && echo "installed:$missing" || echo "could not install$missing; browser tests will fail"
else
  echo "missing:$missing — install with 'sudo apt-get install -y$missing'"
fi

step "Tools"
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; }

step "Format check (CSharpier)"
if dotnet csharpier check . >"$log" 2>&1; then
  echo "formatting ok"
  extra_passed=$((extra_passed + 1))
else
  cat "$log"
  echo "formatting check failed: run 'dotnet csharpier format .'"
  extra_failed=$((extra_failed + 1))
fi

step "Build (warnings are errors)"
if ! dotnet build EconSecGraph.sln -nologo -v quiet >"$log" 2>&1; then
  grep -E 'error|warning' "$log" | sort -u | head -50
  echo "build failed"
  echo "$extra_passed passed, $((extra_failed + 1)) failed"
  exit 1
fi
echo "build ok"

step "Tests"
dotnet test EconSecGraph.sln --no-build -nologo 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
# VSTest prints per project: "Passed!  - Failed:     0, Passed:     5, Skipped:     1, Total:     6, ..."
awk -v xp="$extra_passed" -v xf="$extra_failed" '
  /^(Passed|Failed)!  - Failed:/ { gsub(",", ""); f += $4; p += $6; s += $8; n++ }
  END {
    if (n == 0) { print "no test summary found"; printf "%d passed, %d failed\n", xp, xf + 1; exit 1 }
    printf "%d skipped\n%d passed, %d failed\n", s, p + xp, f + xf
  }' "$log" || rc=1
[ "$extra_failed" -eq 0 ] || rc=1
exit $rc
