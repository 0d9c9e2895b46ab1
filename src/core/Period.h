#pragma once
#include <QString>
#include <optional>

namespace ps {

// A reporting period. Stored as one integer key in indicator_value.period so
// that a project's yearly data (period = year, schema 1-3) keeps its meaning:
//   year 2024 -> 2024; semester 1 -> 202431, 2 -> 202432;
//   quarter 1..4 -> 202421..202424; month 1..12 -> 202401..202412.
struct Period {
    enum class Kind { Year, Semester, Quarter, Month };
    int year = 0;
    Kind kind = Kind::Year;
    int index = 0;   // semester 1-2, quarter 1-4, month 1-12; 0 for a year

    int key() const;
    static std::optional<Period> fromKey(int key);
    // "2024", "2024-S1", "2024-Q3" (or "2024-TW3"), "2024-08"; nullopt otherwise.
    static std::optional<Period> parse(const QString& text);
    QString text() const;        // the form parse() reads: "2024-08"
    QString label() const;       // for people: "Agustus 2024", "Semester 1 2024", "Triwulan 3 2024", "2024"
    bool contains(const Period& other) const;   // the months of `other` lie within this period
    int firstMonth() const;
    int lastMonth() const;
    bool operator==(const Period& o) const { return key() == o.key(); }
};

QString periodLabel(int key);   // label() of a stored key; the number itself when not a period

// Month 1-12 from an Indonesian or English month name or abbreviation
// ("Agustus", "Agt", "Agu", "Ags", "Aug", "august"), or a number 1-12.
std::optional<int> parseMonth(const QString& text);
QString monthName(int month);   // Indonesian or English by language

// A date as offices type it: dd/mm/yyyy (also d-m-yyyy, dd.mm.yyyy), ISO
// yyyy-mm-dd, "12 Agustus 2024", or an Excel day serial (45505). Returns the
// month period; nullopt when it is not a date.
std::optional<Period> monthOfDate(const QString& text);

} // namespace ps
