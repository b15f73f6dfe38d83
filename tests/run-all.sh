#!/usr/bin/env bash
# `npm test`: type check, lint, unit tests (vitest, Node), end-to-end tests (Playwright in
# Chromium against the browser preview), desktop specs (skip without an Electron runtime),
# then one plain line "N passed, N failed" totalling them all.
set -u
cd "$(dirname "$0")/.."
rm -rf test-results && mkdir -p test-results
status=0

echo "== type check"; npm run --silent typecheck || status=1
echo "== lint"; npx eslint --max-warnings 0 . || status=1
echo "== unit tests"
npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit-results.json || status=1
# The team tests ran above against their own embedded PostgreSQL (the newest); CI names an
# older server a city may run (PostgreSQL 15) in ACCORDS_TEAM_SECOND_PG to run them again there.
if [ -n "${ACCORDS_TEAM_SECOND_PG:-}" ]; then
  echo "== team tests against ${ACCORDS_TEAM_SECOND_PG}"
  ACCORDS_TEST_PG_URL="$ACCORDS_TEAM_SECOND_PG" npx vitest run tests/unit/team --reporter=default --reporter=json --outputFile=test-results/team-second-pg-results.json || status=1
fi
echo "== end-to-end tests (browser preview)"
npx playwright test -c tests/e2e/playwright.config.ts || status=1
if [ -f tests/electron/playwright.config.ts ]; then
  echo "== desktop tests (Electron)"
  npx playwright test -c tests/electron/playwright.config.ts || status=1
fi

node tests/summary.mjs || status=1
exit $status
