#include "CliUtil.h"
#include "Command.h"
#include <QCoreApplication>
#include <cstdlib>

namespace ps::cli {

// Qt names the program by its path ("Usage: build/bin/petasehat [options]");
// people type `petasehat COMMAND`.
static QString helpFor(const QCommandLineParser& parser, const QString& command)
{
    QString text = parser.helpText();
    const QString exe = QCoreApplication::arguments().value(0);
    const qsizetype at = exe.isEmpty() ? -1 : text.indexOf(exe);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, exe.size(), QStringLiteral("petasehat ") + command);
    return text;
}

void parseOrExit(QCommandLineParser& parser, const QString& command, const QStringList& args, int minPositional,
                 int maxPositional)
{
    parser.addHelpOption();
    QStringList full = args;
    full.prepend(QStringLiteral("petasehat ") + command);
    if (!parser.parse(full)) {
        err() << QCoreApplication::translate("cli", "Galat: ") << parser.errorText() << "\n";
        err() << helpFor(parser, command);
        err().flush();
        std::exit(1);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpFor(parser, command);
        out().flush();
        std::exit(0);
    }
    const int n = static_cast<int>(parser.positionalArguments().size());
    if (n < minPositional || n > maxPositional) {
        err() << QCoreApplication::translate("cli", "Galat: jumlah argumen salah\n") << helpFor(parser, command);
        err().flush();
        std::exit(1);
    }
}

} // namespace ps::cli
