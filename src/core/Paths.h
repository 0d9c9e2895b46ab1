#pragma once
#include <QString>

namespace ps {

// Folder with indicators.json, palettes and demo inputs. Looked up in
// $PETASEHAT_DATA_DIR, then next to the installed binary, then the source tree.
QString dataDir();
// Folder with the map templates (maps/*.json), found the same way ($PETASEHAT_MAPS_DIR).
QString mapsDir();
// ../shared/data for tests and benchmarks; empty when absent.
QString sharedDataDir();

} // namespace ps
