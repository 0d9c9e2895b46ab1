#!/usr/bin/env bash
# Refreshes ui/translations/*.ts from the sources (Qt Linguist's lupdate).
# Source strings are Bahasa Indonesia; translate the English file with
# /usr/lib/qt6/bin/linguist ui/translations/petasehat_en.ts
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate -no-obsolete -locations relative src ui -ts ui/translations/petasehat_en.ts
