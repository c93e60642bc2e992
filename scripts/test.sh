#!/usr/bin/env bash
# `npm test`: typecheck, lint, unit/component tests, build + size budget, end-to-end tests in
# Debian's Chromium. Every step runs even when an earlier one fails, so one run shows everything;
# the last line counts every test and check: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json

passed=0
failed=0
check() { # check <name> <command...>: a static check counts as one test
  local name=$1
  shift
  echo "── $name"
  if "$@"; then
    passed=$((passed + 1))
    echo "$name: passed"
  else
    failed=$((failed + 1))
    echo "$name: FAILED"
  fi
}
count() { # count <runner> <report>: adds the runner's own test counts
  local line p f
  line=$(node scripts/summary.mjs "$1" "$2")
  echo "$line"
  p=$(sed -E 's/.* ([0-9]+) passed.*/\1/' <<<"$line")
  f=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$line")
  passed=$((passed + p))
  failed=$((failed + f))
}

check typecheck npm run --silent typecheck
check lint npm run --silent lint

echo "── unit and component tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
count vitest reports/vitest.json

check build npm run --silent build
check size-budget npx size-limit

echo "── end-to-end tests (Playwright, $(/usr/bin/chromium --version 2>/dev/null || echo 'no chromium'))"
CI=1 npx playwright test
count playwright reports/playwright.json

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
