// Placeholder: replaced by the module that implements this command.
#include "Command.h"

namespace ps::cli {

int cmdImportBoundaries(const QStringList&)
{
    err() << "belum tersedia\n";
    return 2;
}

} // namespace ps::cli
