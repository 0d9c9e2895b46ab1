#include "DemoRandom.h"
#include <cmath>
#include <numbers>

namespace ps::demo {

int Rng::range(int lo, int hiInclusive)
{
    if (hiInclusive <= lo)
        return lo;
    const double span = static_cast<double>(hiInclusive) - lo + 1.0;
    return lo + static_cast<int>(std::floor(uniform() * span));
}

double Rng::normal()
{
    const double u1 = 1.0 - uniform();   // (0, 1]: log is finite
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

SmoothField::SmoothField(Rng& rng, double minWavelength, double maxWavelength, int waves)
{
    double sq = 0.0;
    for (int i = 0; i < waves; ++i) {
        const double angle = rng.uniform(0.0, 2.0 * std::numbers::pi);
        const double wavelength = rng.uniform(minWavelength, maxWavelength);
        const double k = 2.0 * std::numbers::pi / wavelength;
        const double amp = rng.uniform(0.5, 1.0);
        m_waves.push_back({k * std::cos(angle), k * std::sin(angle), rng.uniform(0.0, 2.0 * std::numbers::pi), amp});
        sq += amp * amp;
    }
    // Waves with random phases add up like a random walk (standard deviation
    // sqrt(sq / 2)): scale to a standard deviation of 0.5, i.e. mostly [-1, 1].
    m_norm = sq > 0 ? 1.0 / std::sqrt(2.0 * sq) : 1.0;
}

double SmoothField::operator()(double x, double y) const
{
    double v = 0.0;
    for (const Wave& w : m_waves)
        v += w.amplitude * std::cos(w.kx * x + w.ky * y + w.phase);
    return v * m_norm;
}

} // namespace ps::demo
