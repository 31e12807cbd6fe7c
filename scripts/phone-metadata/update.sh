#!/usr/bin/env bash
# Regenerates src/Phone.Normalization/Metadata/PhoneMetadata.json from the pinned npm packages.
#   scripts/phone-metadata/update.sh              use the versions pinned in package-lock.json
#   scripts/phone-metadata/update.sh 1.13.20      pin a newer libphonenumber-js first (then commit
#                                                 package.json, package-lock.json and the resource)
# google-libphonenumber is pinned next to it only for what metadata.max.json lacks (example numbers,
# local-only lengths); bump it with `npm install --save-exact google-libphonenumber@X` in this folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$here"

if [ $# -ge 1 ]; then
  npm install --no-audit --no-fund --save-exact "libphonenumber-js@$1"
else
  npm ci --no-audit --no-fund
fi

node convert.mjs "$repo/src/Phone.Normalization/Metadata/PhoneMetadata.json"
