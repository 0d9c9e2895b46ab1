#include "Users.h"
#include "Wms.h"
#include "core/Error.h"
#include "core/Project.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace ps::server {

static QString tr(const char* s) { return QCoreApplication::translate("server", s); }

namespace {

QByteArray digest(const QByteArray& salt, const QByteArray& token)
{
    return QCryptographicHash::hash(salt + token, QCryptographicHash::Sha256).toHex();
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(raw.data()),
                                         reinterpret_cast<quint32*>(raw.data() + bytes));
    return raw.toHex();
}

bool hasUsers(Project& p) { return p.db().hasTable("server_user"); }

} // namespace

bool validUserName(const QString& name)
{
    static const QRegularExpression kName(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return kName.match(name).hasMatch();
}

QByteArray newToken() { return randomHex(32); }

void setUser(Project& project, const QString& name, const QByteArray& token)
{
    if (!validUserName(name))
        throw Error(tr("nama pengguna hanya huruf, angka, '.', '_' dan '-', 1–64 karakter: %1").arg(name));
    if (token.size() < 16)
        throw Error(tr("token terlalu pendek (paling sedikit 16 karakter)"));
    if (!hasUsers(project))
        throw Error(tr("skema proyek belum mendukung pengguna; buka proyek sekali tanpa mode baca-saja"));
    const QByteArray salt = randomHex(16);
    Transaction tx(project.db());
    auto st = project.db().prepare("INSERT INTO server_user(name, salt, token_sha256) VALUES (?1, ?2, ?3) "
                                   "ON CONFLICT(name) DO UPDATE SET salt=excluded.salt, token_sha256=excluded.token_sha256");
    st.bind(1, name).bind(2, QString::fromLatin1(salt)).bind(3, QString::fromLatin1(digest(salt, token)));
    st.step();
    tx.commit();
}

bool removeUser(Project& project, const QString& name)
{
    if (!hasUsers(project))
        return false;
    auto st = project.db().prepare("DELETE FROM server_user WHERE name=?1");
    st.bind(1, name);
    st.step();
    return project.db().scalarInt("SELECT changes()") > 0;
}

QStringList userNames(Project& project)
{
    QStringList out;
    if (!hasUsers(project))
        return out;
    auto st = project.db().prepare("SELECT name FROM server_user ORDER BY name");
    while (st.step())
        out << st.text(0);
    return out;
}

std::optional<QString> authenticate(Project& project, const QByteArray& token)
{
    if (token.isEmpty() || !hasUsers(project))
        return std::nullopt;
    auto st = project.db().prepare("SELECT name, salt, token_sha256 FROM server_user ORDER BY name");
    std::optional<QString> found;
    // Every user is checked, so the time does not tell which one (or none) matched.
    while (st.step())
        if (sameSecret(digest(st.text(1).toLatin1(), token), st.text(2).toLatin1()) && !found)
            found = st.text(0);
    return found;
}

} // namespace ps::server
