// The corrupt-input corpus (tests/corrupt, written by make_corpus.py): every
// file is imported with the real `petasehat` binary into a copy of one small
// project, and must end as expected.tsv says. A rejected file must leave the
// project exactly as it was.
#include "CliRun.h"
#include "Fixtures.h"
#include "TestSupport.h"
#include <QFile>
#include <QTextStream>

namespace {

const QString kCorpus = QStringLiteral(PETASEHAT_CORPUS_DIR);

struct Case {
    QString file, kind;
    QStringList options;
    int exitCode = 0;
    QString expected;
    std::string name() const { return (file + QLatin1Char(' ') + options.join(QLatin1Char(' '))).toStdString(); }
};

std::vector<Case> loadCases()
{
    std::vector<Case> cases;
    QFile f(kCorpus + QStringLiteral("/expected.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return cases;
    QTextStream in(&f);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList p = line.split(QLatin1Char('\t'));
        if (p.size() != 5)
            continue;
        cases.push_back({p[0], p[1], p[2].split(QLatin1Char(' '), Qt::SkipEmptyParts), p[3].toInt(), p[4]});
    }
    return cases;
}

using iotest::petasehat;

} // namespace

TEST(CorruptCorpus, EveryFileEndsAsExpectedAndRejectedFilesLeaveTheProjectUnchanged)
{
#ifndef PETASEHAT_CLI
    GTEST_SKIP() << "petasehat is not part of this build";
#endif
    const std::vector<Case> cases = loadCases();
    ASSERT_GE(cases.size(), 40u) << "expected.tsv missing or short";
    QTemporaryDir dir;
    const QString base = dir.filePath("dasar.sqlite");
    ASSERT_EQ(petasehat({"init", base}).code, 0);
    for (const QStringList& step :
         {QStringList{"boundaries", base, kCorpus + "/base_batas.geojson"},
          QStringList{"indicators", base, kCorpus + "/base_indikator.csv"},
          QStringList{"population", base, kCorpus + "/pop_baik.tif"}}) {
        const pstest::CliRun r = petasehat(QStringList{"import"} + step);
        ASSERT_EQ(r.code, 0) << step.join(' ').toStdString() << "\n" << r.err.toStdString();
    }
    int n = 0;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name());
        const QString project = dir.filePath(QStringLiteral("kasus%1.sqlite").arg(++n));
        ASSERT_TRUE(QFile::copy(base, project));
        QString before;
        {
            auto p = ps::Project::open(project, true);
            before = iotest::dumpUserTables(*p);
        }
        QStringList args{"import", c.kind, project, kCorpus + QLatin1Char('/') + c.file};
        args << c.options;
        if (c.kind == QLatin1String("facilities"))
            args << "--report" << dir.filePath(QStringLiteral("laporan%1.csv").arg(n));
        const pstest::CliRun r = petasehat(args);
        EXPECT_EQ(r.code, c.exitCode) << r.out.toStdString() << r.err.toStdString();
        EXPECT_TRUE((r.out + r.err).contains(c.expected)) << "expected '" << c.expected.toStdString() << "' in:\n"
                                                          << r.out.toStdString() << r.err.toStdString();
        EXPECT_FALSE((r.out + r.err).contains(QStringLiteral("SQL:"))) << r.err.toStdString();
        EXPECT_FALSE((r.out + r.err).contains(QStringLiteral("cpl_"))) << r.err.toStdString();
        if (c.exitCode != 0) {
            auto p = ps::Project::open(project, true);
            EXPECT_EQ(iotest::dumpUserTables(*p), before) << "a rejected file changed the project";
        }
    }
}
