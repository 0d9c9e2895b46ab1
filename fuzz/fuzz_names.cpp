// Name normaliser: every kind of name, then the derived forms used for matching.
#include "FuzzText.h"
#include "geocode/NameNormalizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = fuzzText(data, size);
    for (ps::geocode::NameKind kind : {ps::geocode::NameKind::Desa, ps::geocode::NameKind::Kecamatan, ps::geocode::NameKind::Kabupaten}) {
        const QString n = ps::geocode::normalizeName(text, kind);
        ps::geocode::compactName(n);
        ps::geocode::nameNumbers(n);
    }
    return 0;
}
