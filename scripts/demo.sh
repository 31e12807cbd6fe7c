#!/usr/bin/env bash
# The README's first command: a whole WhatsApp campaign on this machine, no cluster needed.
# Starts the embedded Kubernetes API server (CRDs from config/crds), a private redis-server, the mock
# WhatsApp gateway, the operator, and senders as local processes; applies examples/ and follows the
# campaign until it completes, then prints its status and where the per-recipient outcomes are.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v redis-server >/dev/null 2>&1; then
  echo "demo: installing redis-server" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq redis-server >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq redis-server >/dev/null; fi
fi
if ! command -v dotnet >/dev/null 2>&1; then
  echo "demo: the .NET 10 SDK is required (https://dot.net)" >&2
  exit 1
fi

export BUILD_SLOT="${BUILD_SLOT:-demo}"
echo "demo: building (first run restores packages)" >&2
dotnet build src/Operator.LocalMode -c Release -nologo -v quiet >&2
out="artifacts/slot-${BUILD_SLOT}/bin/Operator.LocalMode/release"
exec dotnet "$out/Operator.LocalMode.dll" --sender "$out/SenderWorker.dll" "$@"
