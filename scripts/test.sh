#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what the tests need on a fresh Debian
# machine, then type-checks, lints (the layer zones), builds, and runs unit, integration
# (real Dovecot + SMTP) and end-to-end (real Chromium) tests.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(dovecot-imapd dovecot-lmtpd chromium isync openssl)
missing=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "== installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # The packages start a system-wide Dovecot we do not use: tests run their own, on free ports.
  $SUDO systemctl disable --now dovecot >/dev/null 2>&1 || $SUDO service dovecot stop >/dev/null 2>&1 || true
fi

# `npm install` rather than `npm ci`: npm 11's ci refuses this lock file over platform-only
# optional packages (@unrs/resolver-binding-*) it never lists; install honours the lock as is.
echo "== npm install"
npm install --no-audit --no-fund --loglevel=error

echo "== typecheck";  npm run -s typecheck
echo "== lint";       npm run -s lint
echo "== build";      npm run -s build

mkdir -p test-results
echo "== tests"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=$?
# A closing line any CI can read: "N passed, N failed, N skipped".
node -e '
  const r = JSON.parse(require("fs").readFileSync("test-results/vitest.json", "utf8"));
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' || true
exit "$status"
