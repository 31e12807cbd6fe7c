#!/usr/bin/env bash
# Runs every test in the repository: installs the servers the tests need, builds the solution
# with warnings as errors, runs each test assembly, and ends with one line summed over all of
# them: "N passed, N failed, N skipped".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/install-test-deps.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

dotnet build Operator.sln -c Release -warnaserror -nologo -clp:ErrorsOnly

status=0
dotnet test Operator.sln -c Release --no-build --nologo --blame-hang-timeout 10m \
  --logger "trx" --logger "console;verbosity=minimal" \
  -- RunConfiguration.TreatNoTestsAsError=false || status=$?

# dotnet test prints one summary per assembly; sum the TRX counters for the whole run.
summary=$(python3 "$root/scripts/trx_summary.py" "$results")
echo "$summary"
if [ "$status" -ne 0 ] || [[ "$summary" != *" 0 failed"* ]] || [[ "$summary" == "0 passed"* ]]; then
  exit 1
fi
