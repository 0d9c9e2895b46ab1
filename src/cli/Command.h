#pragma once
#include <QStringList>
#include <QTextStream>

namespace ps::cli {

// A subcommand: `petasehat NAME args...`. run() gets the arguments after NAME
// and returns the process exit code; ps::Error thrown from it is printed by main.
struct Command {
    const char* name;
    const char* summaryId;   // one line, Indonesian (translated at print time)
    int (*run)(const QStringList& args);
};

const Command* commands(int* count);

QTextStream& out();   // stdout
QTextStream& err();   // stderr

} // namespace ps::cli
