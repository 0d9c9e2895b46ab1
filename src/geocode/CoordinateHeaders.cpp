#include "CoordinateHeaders.h"
#include "core/Error.h"
#include "core/Similarity.h"
#include <QCoreApplication>
#include <QRegularExpression>

namespace ps::geocode {

static QString tr(const char* s) { return QCoreApplication::translate("ps::geocode", s); }

static QString key(const QString& header)
{
    static const QRegularExpression seps(QStringLiteral("[\\s\\-/.]+"));
    return header.trimmed().toLower().replace(seps, QStringLiteral("_"));
}

// The coordinate header `header` is a near miss of, with the option that names it; empty when none.
static std::pair<QString, QString> nearCoordinateHeader(const QString& header)
{
    static const std::pair<const char*, const char*> kNames[] = {
        {"latitude", "--lat-col"}, {"longitude", "--lon-col"}, {"lintang", "--lat-col"},
        {"bujur", "--lon-col"},    {"koordinat", "--coord-col"}, {"coordinates", "--coord-col"}};
    const QString k = key(header);
    if (k.size() < 4)
        return {};
    for (const auto& [name, option] : kNames) {
        const QString n = QString::fromLatin1(name);
        const int allowed = n.size() >= 7 ? 2 : 1;
        if (k != n && editDistanceAtMost(k, n, allowed) <= allowed)
            return {n, QString::fromLatin1(option)};
    }
    return {};
}

void checkCoordinateHeaders(const io::Table& t, const FacilityColumns& c)
{
    const bool havePair = !c.lat.isEmpty() && !c.lon.isEmpty();
    if (!havePair && c.coord.isEmpty()) {
        for (const QString& h : t.headers) {
            const auto [near, option] = nearCoordinateHeader(h);
            if (!near.isEmpty())
                throw Error(t.file,
                            tr("kolom '%1' mirip '%2' tetapi tidak dikenali, sehingga semua koordinat akan diabaikan; "
                               "perbaiki judul kolomnya atau sebutkan dengan %3 \"%1\"").arg(h, near, option),
                            -1, h);
        }
    }
    // The same coordinate header twice ("latitude", "latitude" or "latitude2"): which one is meant?
    static const QStringList kLat = {"latitude", "lintang", "lat", "y"};
    static const QStringList kLon = {"longitude", "bujur", "lon", "lng", "long", "x"};
    for (const QString& name : kLat + kLon) {
        const QRegularExpression twin(QStringLiteral("^%1[_ ]?\\(?\\d\\)?$").arg(QRegularExpression::escape(name)));
        QStringList same;
        for (int i = 0; i < t.headers.size(); ++i)
            if (key(t.headers[i]) == name || twin.match(key(t.headers[i])).hasMatch())
                same << tr("'%1' (kolom %2)").arg(t.headers[i]).arg(i + 1);
        if (same.size() > 1)
            throw Error(t.file,
                        tr("kolom koordinat muncul %1 kali: %2; tidak jelas mana yang dipakai. Hapus atau ganti nama "
                           "salah satunya").arg(same.size()).arg(same.join(QStringLiteral(", "))),
                        -1, name);
    }
    // One half of the pair alone: every coordinate would be dropped.
    if (!havePair && c.coord.isEmpty()) {
        for (const QString& h : t.headers) {
            const bool lat = kLat.contains(key(h)) && key(h).size() > 1, lon = kLon.contains(key(h)) && key(h).size() > 1;
            if (lat || lon)
                throw Error(t.file, tr("ada kolom %1 '%2' tetapi tidak ada kolom %3, sehingga semua koordinat akan "
                                       "diabaikan; tambahkan kolomnya atau sebutkan dengan --lat-col/--lon-col")
                                        .arg(lat ? tr("lintang") : tr("bujur"), h, lat ? tr("bujur") : tr("lintang")),
                            -1, h);
        }
    }
}

QStringList coordinateColumnWarnings(const io::Table& t, const FacilityColumns& c)
{
    QStringList warnings;
    for (const QString& name : {c.lat, c.lon, c.coord}) {
        const int col = name.isEmpty() ? -1 : t.column(name);
        if (col < 0 || t.rows.empty())
            continue;
        qint64 blank = 0;
        for (const QStringList& row : t.rows)
            blank += (col >= row.size() || row[col].trimmed().isEmpty()) ? 1 : 0;
        if (blank == static_cast<qint64>(t.rows.size()))
            warnings << tr("kolom koordinat '%1' ada tetapi ke-%2 selnya kosong (di XLSX: rumus yang disimpan tanpa "
                           "nilainya? buka dan simpan ulang di Excel); titik baris-baris ini diperkirakan dari nama desa")
                            .arg(name).arg(blank);
    }
    return warnings;
}

} // namespace ps::geocode
