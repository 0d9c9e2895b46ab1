#pragma once
// Input bytes as the text a user's file would give our parsers.
#include <QString>
#include <cstddef>
#include <cstdint>

inline QString fuzzText(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}
