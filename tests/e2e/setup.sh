#!/usr/bin/env bash
# Browser test dependencies, installed only when missing (make test runs this before pytest):
# Debian's Chromium, and the test pages' npm packages pinned in tests/e2e/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then apt_get=(apt-get); else apt_get=(sudo apt-get); fi
  echo "e2e setup: installing Debian's chromium" >&2
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq chromium >/dev/null
fi

# npm ci only when the lock file changed since the last install (it wipes node_modules first).
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ ! -d node_modules/lexical ]; then
  echo "e2e setup: npm ci (Lexical for the test pages, web-ext for the extension lint)" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi
