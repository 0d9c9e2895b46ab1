#include "Command.h"
#include <QtGlobal>

namespace ps::cli {

// One line per subcommand; each lives in its own Cmd*.cpp file.
int cmdInit(const QStringList&);
int cmdInfo(const QStringList&);

static const Command kCommands[] = {
    {"init", QT_TRANSLATE_NOOP("cli", "membuat berkas proyek baru"), cmdInit},
    {"info", QT_TRANSLATE_NOOP("cli", "ringkasan isi proyek"), cmdInfo},
};

const Command* commands(int* count)
{
    *count = static_cast<int>(std::size(kCommands));
    return kCommands;
}

} // namespace ps::cli
