#!/usr/bin/env sh
# ask-cli's custom build hook: `ask deploy` runs it as `hooks/build.sh <zip file> <verbose>`
# from a copy of ./lambda, and uploads the zip file it leaves. ask-cli does not compile
# TypeScript, so this builds the bundle (npm run build) and zips it.
set -eu
zip_file="$1"
project_root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$project_root"
npm run --silent build -- --zip "$zip_file"
