#pragma once
#include <QString>
#include <optional>

namespace ps {

enum class AdminLevel { Provinsi, Kabupaten, Kecamatan, Desa, Kelurahan };

QString levelName(AdminLevel level);                 // "provinsi", ... as stored
std::optional<AdminLevel> levelFromName(const QString& name);
int levelRank(AdminLevel level);                     // 0 provinsi .. 3 desa/kelurahan

// A Kemendagri code: "16", "16.07", "16.07.01", "16.07.01.2001".
struct AdminCode {
    AdminLevel level;
    QString code;       // normalised, dotted
    QString parent;     // empty for a province
};

// Parses and normalises a code ("16.7.1.2001", "1607012001" and " 16.07.01 "
// are accepted); nullopt when it is not a valid Kemendagri code.
std::optional<AdminCode> parseAdminCode(const QString& text);

// Code prefix length in characters of the dotted form for a level (2, 5, 8, 13).
int codeLength(AdminLevel level);

// The province's official name (Kemendagri, 38 provinces since 2022) from its
// two-digit code; empty when unknown. Titles a province map whose project holds
// the kabupaten and kecamatan but not the province row itself.
QString provinceName(const QString& code);

// An area name for people: boundary files often store names in capitals
// ("BANYUASIN I"); people read title case ("Banyuasin I"). Mixed case is kept.
QString prettyAreaName(const QString& name);

} // namespace ps
