#!/usr/bin/env bash
# `npm test`: typecheck, lint, unit/component tests, build + size budget, end-to-end tests in
# Debian's Chromium. Every step runs even when an earlier one fails, so one run shows everything;
# the last line counts every test and check: "N passed, N failed". Each step says how long it took.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json

passed=0
failed=0
started=$SECONDS
took() { # took <since>: "12 s" since $SECONDS was <since>
  echo "$((SECONDS - $1)) s"
}
check() { # check <name> <command...>: a static check counts as one test
  local name=$1 since=$SECONDS
  shift
  echo "── $name"
  if "$@"; then
    passed=$((passed + 1))
    echo "$name: passed ($(took "$since"))"
  else
    failed=$((failed + 1))
    echo "$name: FAILED ($(took "$since"))"
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

# Typecheck and lint each use one core: they run side by side, then report in order.
side_by_side() { # side_by_side <name> <command...>: runs in the background, output to reports/
  local name=$1
  shift
  (
    local since=$SECONDS
    if "$@" >"reports/$name.log" 2>&1; then
      echo "passed ($(took "$since"))" >"reports/$name.status"
    else
      echo "FAILED ($(took "$since"))" >"reports/$name.status"
    fi
  ) &
}
report() { # report <name>: prints a side_by_side step's output and counts it as one test
  local name=$1 status
  status=$(cat "reports/$name.status" 2>/dev/null || echo "FAILED (no status)")
  echo "── $name"
  cat "reports/$name.log"
  echo "$name: $status"
  if [[ $status == passed* ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  rm -f "reports/$name.log" "reports/$name.status"
}
side_by_side typecheck npm run --silent typecheck
side_by_side lint npm run --silent lint
wait
report typecheck
report lint

echo "── unit and component tests (vitest)"
since=$SECONDS
# About a minute normally; a test that spins without yielding can't time out by itself, so the
# whole run is bounded instead (a hang then fails here rather than using up CI's 90 minutes).
timeout --kill-after=10 900 npx vitest run --reporter=default --reporter=json \
  --outputFile.json=reports/vitest.json
count vitest reports/vitest.json
echo "vitest: $(took "$since")"

check build npm run --silent build
check size-budget npx size-limit

echo "── end-to-end tests (Playwright, $(/usr/bin/chromium --version 2>/dev/null || echo 'no chromium'))"
since=$SECONDS
CI=1 npx playwright test
count playwright reports/playwright.json
echo "playwright: $(took "$since")"

echo
echo "npm test took $(took "$started")"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
