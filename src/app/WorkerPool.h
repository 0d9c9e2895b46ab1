#pragma once
#include <QThreadPool>

namespace ps::app {

// Long, blocking work of the app (map renders, analysis, imports, exports) runs on
// this pool, never on QThreadPool::globalInstance(): Qt's raster engine and the
// analysis hand their own parallel pieces to the global pool and wait for them, so
// a global pool filled with our waiting tasks deadlocks (seen: a canvas render and
// a coverage run, both waiting on work queued behind themselves).
inline QThreadPool& workerPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(4);
        return p;
    }();
    return *pool;
}

} // namespace ps::app
