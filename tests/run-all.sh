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
echo "== end-to-end tests (browser preview)"
npx playwright test -c tests/e2e/playwright.config.ts || status=1
if [ -f tests/electron/playwright.config.ts ]; then
  echo "== desktop tests (Electron)"
  npx playwright test -c tests/electron/playwright.config.ts || status=1
fi

node tests/summary.mjs || status=1
exit $status
