#include "CliUtil.h"
#include "Command.h"
#include <QCoreApplication>
#include <cstdlib>

namespace ps::cli {

void parseOrExit(QCommandLineParser& parser, const QString& command, const QStringList& args, int minPositional,
                 int maxPositional)
{
    parser.addHelpOption();
    QStringList full = args;
    full.prepend(QStringLiteral("petasehat ") + command);
    if (!parser.parse(full)) {
        err() << QCoreApplication::translate("cli", "Galat: ") << parser.errorText() << "\n";
        err() << parser.helpText();
        err().flush();
        std::exit(1);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        std::exit(0);
    }
    const int n = static_cast<int>(parser.positionalArguments().size());
    if (n < minPositional || n > maxPositional) {
        err() << QCoreApplication::translate("cli", "Galat: jumlah argumen salah\n") << parser.helpText();
        err().flush();
        std::exit(1);
    }
}

} // namespace ps::cli
