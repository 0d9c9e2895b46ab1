// The commands the `petasehat` front runs itself (see CMakeLists.txt): only
// `render`. main.cpp hands every other command to petasehat-tools.
#include "Command.h"
#include <QtGlobal>

namespace ps::cli {

int cmdRender(const QStringList&);

static const Command kFrontCommands[] = {
    {"render", QT_TRANSLATE_NOOP("cli", "membuat peta (PNG/SVG/PDF) dari indikator atau templat"), cmdRender},
};

const Command* commands(int* count)
{
    *count = static_cast<int>(std::size(kFrontCommands));
    return kFrontCommands;
}

} // namespace ps::cli
