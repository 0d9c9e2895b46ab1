#pragma once

namespace ps {

// Schema migrations, applied in order. Migration N takes a store from
// version N-1 to N; PRAGMA user_version holds the current version.
struct Migration {
    int version;
    const char* description;
    const char* sql;
};

const Migration* migrations(int* count);

} // namespace ps
