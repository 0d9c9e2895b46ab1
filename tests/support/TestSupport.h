#pragma once
#include "core/Paths.h"
#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// Skips the current test, with a message, when ../shared/data is absent.
#define PS_REQUIRE_SHARED_DATA()                                                                 \
    do {                                                                                         \
        if (ps::sharedDataDir().isEmpty())                                                       \
            GTEST_SKIP() << "../shared/data is absent: test needs the shared sample data";       \
    } while (0)

namespace pstest {

// Path of a file under ../shared/data (call PS_REQUIRE_SHARED_DATA first).
inline QString shared(const QString& relative) { return ps::sharedDataDir() + QLatin1Char('/') + relative; }

// Path of a file shipped under tests/data.
inline QString testData(const QString& relative)
{
    return QStringLiteral(PETASEHAT_TEST_DATA_DIR) + QLatin1Char('/') + relative;
}

} // namespace pstest
