#!/usr/bin/env bash
# Refreshes the Qt Linguist files from the sources (lupdate). Source strings
# are Bahasa Indonesia; translate the English files with
#   /usr/lib/qt6/bin/linguist ui/translations/petasehat_en.ts ui/app/petasehat_app_en.ts
# The modules (core ... server, cli) share ui/translations/petasehat_en.ts, read
# by source text at run time; the desktop app (Qt Widgets classes) has its own.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=/usr/lib/qt6/bin/lupdate
$LUPDATE -no-obsolete -locations none src/core src/io src/geocode src/classify src/analysis src/render src/server src/pg src/cli \
  -ts ui/translations/petasehat_en.ts
$LUPDATE -no-obsolete -locations none src/app -ts ui/app/petasehat_app_en.ts
