#include "Progress.h"
#include "Error.h"

namespace ps {

void Progress::report(double fraction, const QString& stage) const
{
    if (m_cb)
        m_cb(fraction, stage);
}

void Progress::throwIfCancelled() const
{
    if (cancelled())
        throw Cancelled();
}

Progress& Progress::none()
{
    thread_local Progress p;
    return p;
}

} // namespace ps
