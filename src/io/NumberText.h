#pragma once
#include <QString>
#include <optional>

namespace ps::io {

// A count as typed in an indicator spreadsheet (people measured, stunted,
// targets). Indonesian files write thousands with '.' and decimals with ','
// ("3.510" = 3510, "695,5"); English ones the other way round. We accept:
//   plain integers                      "3510"
//   a decimal with '.' or ','           "695.5", "695,5", "12,25"
//   thousands grouped in threes, when the form cannot be read two ways:
//     two or more groups                "1.234.567", "1,234,567"
//     both separators                   "1.234,5", "1,234.5"
//   scientific notation (spreadsheet exports)  "1.2E+05"
// and reject, with a reason, what is ambiguous: one separator followed by
// exactly three digits ("3.510" is 3510 or 3,51), as well as negatives,
// percentages and any other text.
struct ParsedNumber {
    std::optional<double> value;   // empty when the text is blank or rejected
    QString error;                 // why it was rejected (Indonesian), empty when accepted or blank
    bool blank() const { return !value && error.isEmpty(); }
};

ParsedNumber parseCount(const QString& text);

} // namespace ps::io
