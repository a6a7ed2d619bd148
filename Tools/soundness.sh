#!/usr/bin/env bash
# The checks a reviewer makes first: formatting, a clean build (warnings are errors in
# Package.swift), the tests, and repeated code where the `duplicates` tool is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== swift format lint"
swift format lint --strict --recursive --parallel Sources Tests Tools
echo "== build"
swift build --build-tests
echo "== tests"
swift test
if command -v duplicates >/dev/null 2>&1; then
  echo "== duplicates"
  duplicates --seconds 60
fi
