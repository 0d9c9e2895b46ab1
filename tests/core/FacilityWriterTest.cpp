// Project::FacilityWriter, the bulk path of `import facilities`: secondary indexes
// dropped and built again, the spatial index filled once, the raw row object built
// by SQLite, and nothing changed when the transaction is rolled back.
#include "TestSupport.h"
#include "core/Project.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ps;

namespace {
Facility posyandu(int i)
{
    Facility f;
    f.code = QStringLiteral("PY%1").arg(i);
    f.type = FacilityType::Posyandu;
    f.name = QStringLiteral("Posyandu %1").arg(i);
    f.desaCode = QStringLiteral("33.01.01.%1").arg(2001 + i % 50);
    f.lon = 110.0 + (i % 97) * 0.001;
    f.lat = -7.0 - (i % 89) * 0.001;
    f.status = FacilityStatus::Exact;
    return f;
}

std::int64_t count(Project& p, const char* sql) { return p.db().scalarInt(sql); }

const char* kIndexes = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facility' "
                       "AND name IN ('facility_type', 'facility_desa', 'facility_code')";
} // namespace

TEST(FacilityWriter, BulkInsertRebuildsIndexesAndFillsTheSpatialIndex)
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath("p.sqlite"));
    const int n = static_cast<int>(Project::FacilityWriter::kBulkRows) + 5;
    {
        Transaction tx(p->db());
        Project::FacilityWriter w(*p, n);
        EXPECT_EQ(count(*p, kIndexes), 0);   // dropped for the bulk insert
        ASSERT_TRUE(w.setRawHeaders({"nama", "lat", "catatan \"kutip\""}));
        for (int i = 0; i < n; ++i) {
            // Table: the cells as written, a short row, a blank cell, quotes and a comma.
            const QStringList cells = i == 0   ? QStringList{"Melati, \"RW 2\"", "-7,5"}
                                      : i == 1 ? QStringList{"Mawar", "", "ada"}
                                               : QStringList{QStringLiteral("P%1").arg(i), "-7", "x"};
            w.insert(posyandu(i), cells);
        }
        w.finish();
        tx.commit();
    }
    EXPECT_EQ(count(*p, kIndexes), 3);
    EXPECT_EQ(count(*p, "SELECT count(*) FROM facility"), n);
    EXPECT_EQ(count(*p, "SELECT count(*) FROM idx_facility_geom"), n);
    const auto all = p->facilities(FacilityType::Posyandu);
    ASSERT_EQ(static_cast<int>(all.size()), n);
    struct Case {
        int row;
        QString nama, lat, catatan;
    };
    for (const Case& c : {Case{0, "Melati, \"RW 2\"", "-7,5", ""}, Case{1, "Mawar", "", "ada"}, Case{7, "P7", "-7", "x"}}) {
        const QJsonObject raw = QJsonDocument::fromJson(all[c.row].raw.toUtf8()).object();
        EXPECT_EQ(raw.size(), 3) << all[c.row].raw.toStdString();
        EXPECT_EQ(raw.value("nama").toString(), c.nama);
        EXPECT_TRUE(raw.value("lat").isString());   // a blank cell is "", never null
        EXPECT_EQ(raw.value("lat").toString(), c.lat);
        EXPECT_EQ(raw.value("catatan \"kutip\"").toString(), c.catatan);
    }
}

TEST(FacilityWriter, RollbackLeavesTableAndIndexesAsTheyWere)
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath("p.sqlite"));
    try {
        Transaction tx(p->db());
        Project::FacilityWriter w(*p, 5000);
        for (int i = 0; i < 10; ++i)
            w.insert(posyandu(i));
        throw std::runtime_error("bad row");   // before finish() and commit
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(count(*p, kIndexes), 3);
    EXPECT_EQ(count(*p, "SELECT count(*) FROM facility"), 0);
    EXPECT_EQ(count(*p, "SELECT count(*) FROM idx_facility_geom"), 0);
}

TEST(FacilityWriter, SmallInsertKeepsIndexesAndRepeatedHeadersFallBack)
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath("p.sqlite"));
    Transaction tx(p->db());
    Project::FacilityWriter w(*p, 10);
    EXPECT_EQ(count(*p, kIndexes), 3);
    EXPECT_FALSE(w.setRawHeaders({"nama", "nama"}));
    EXPECT_FALSE(w.setRawHeaders({}));
    Facility f = posyandu(1);
    f.raw = R"({"nama":"Melati"})";
    w.insert(f, {"ignored"});   // no raw headers set: Facility::raw is stored
    w.finish();
    tx.commit();
    EXPECT_EQ(p->facilities().front().raw, f.raw);
}

// Text is bound as UTF-8 straight into SQLite's memory: the stored strings are what
// QString::toUtf8 gives, for ASCII, accents, other scripts, empty (not null) and null.
TEST(FacilityWriter, TextBindingKeepsEveryStringAsUtf8)
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath("p.sqlite"));
    const QString cases[] = {QStringLiteral("Posyandu Melati 4"), QStringLiteral("Désa Ñgadipuro – \"kutip\", koma"),
                             QStringLiteral("ポシャンドゥ 🌼"), QStringLiteral(""), QString()};
    for (const QString& text : cases) {
        Statement st = p->db().prepare("SELECT ?1, typeof(?1), length(CAST(?1 AS BLOB))");
        st.bind(1, text);
        ASSERT_TRUE(st.step());
        if (text.isNull()) {
            EXPECT_EQ(st.text(1), QStringLiteral("null"));
            continue;
        }
        EXPECT_EQ(st.text(0), text);
        EXPECT_EQ(st.text(1), QStringLiteral("text"));
        EXPECT_EQ(st.int64(2), text.toUtf8().size());
    }
}
