#pragma once
#include <QCommandLineParser>
#include <QStringList>

namespace ps::cli {

// Parses a subcommand's arguments: prints help and exits 0 on --help, prints
// the problem and exits 1 on bad options or a wrong number of positionals.
void parseOrExit(QCommandLineParser& parser, const QString& command, const QStringList& args,
                 int minPositional, int maxPositional);

} // namespace ps::cli
