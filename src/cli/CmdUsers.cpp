// `petasehat users PROJECT [add|remove|list] [NAME]`: the named people who may
// correct data through the office map server, each with a personal token. The
// project keeps only a salted hash of each token. A token comes from a file
// (--token-file) or the environment (PETASEHAT_TOKEN), never from the command
// line where `ps` shows it; without either a random one is made and printed once.
#include "CliUtil.h"
#include "Command.h"
#include "core/Error.h"
#include "core/Project.h"
#include "server/Users.h"
#include <QCoreApplication>
#include <QFile>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

int cmdUsers(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Pengguna bernama yang boleh mengoreksi data lewat server peta (serve --edits), masing-masing "
                                   "dengan token pribadi; proyek hanya menyimpan hash token. Token dibaca dari --token-file atau "
                                   "variabel PETASEHAT_TOKEN (tidak pernah dari baris perintah); tanpa keduanya token acak "
                                   "dibuat dan dicetak sekali."));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek"));
    p.addPositionalArgument(QStringLiteral("perintah"), tr("list (bawaan), add NAMA, remove NAMA"), QStringLiteral("[perintah]"));
    p.addPositionalArgument(QStringLiteral("nama"), tr("nama pengguna (huruf, angka, '.', '_', '-')"), QStringLiteral("[nama]"));
    p.addOption({QStringLiteral("token-file"), tr("berkas berisi token (baris pertama)"), QStringLiteral("BERKAS")});
    parseOrExit(p, QStringLiteral("users"), args, 1, 3);
    const QStringList pos = p.positionalArguments();
    const QString action = pos.size() > 1 ? pos[1] : QStringLiteral("list");
    auto project = Project::open(pos[0], action == QLatin1String("list"));
    if (action == QLatin1String("list")) {
        const QStringList names = server::userNames(*project);
        if (names.isEmpty())
            out() << tr("Belum ada pengguna. Tambahkan: petasehat users PROYEK add NAMA\n");
        for (const QString& n : names)
            out() << n << "\n";
        return 0;
    }
    if (pos.size() < 3)
        throw Error(tr("%1 memerlukan NAMA pengguna").arg(action));
    const QString name = pos[2];
    if (action == QLatin1String("remove")) {
        if (!server::removeUser(*project, name))
            throw Error(tr("pengguna tidak ada: %1").arg(name));
        out() << tr("Pengguna %1 dihapus; tokennya tidak berlaku lagi.\n").arg(name);
        return 0;
    }
    if (action != QLatin1String("add"))
        throw Error(tr("perintah tidak dikenal: %1 (list, add, remove)").arg(action));
    QByteArray token;
    bool generated = false;
    if (p.isSet(QStringLiteral("token-file"))) {
        QFile f(p.value(QStringLiteral("token-file")));
        if (!f.open(QIODevice::ReadOnly))
            throw Error(p.value(QStringLiteral("token-file")), tr("berkas token tidak dapat dibaca"));
        token = f.readLine().trimmed();
    } else if (qEnvironmentVariableIsSet("PETASEHAT_TOKEN")) {
        token = qgetenv("PETASEHAT_TOKEN").trimmed();
    } else {
        token = server::newToken();
        generated = true;
    }
    server::setUser(*project, name, token);
    out() << tr("Pengguna %1 disimpan.\n").arg(name);
    if (generated)
        out() << tr("Token (simpan sekarang; tidak dapat ditampilkan lagi): %1\n").arg(QString::fromLatin1(token));
    return 0;
}

} // namespace ps::cli
