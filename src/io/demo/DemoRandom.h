#pragma once
#include <QtGlobal>
#include <random>
#include <vector>

namespace ps::demo {

// Deterministic random numbers for the demo district. Only the raw 32-bit
// output of std::mt19937 is used (the standard fixes it exactly); every
// distribution is plain arithmetic here, so the district is identical on
// every machine and standard library.
class Rng {
public:
    explicit Rng(quint32 seed) : m_gen(seed) {}

    quint32 next() { return static_cast<quint32>(m_gen()); }
    double uniform() { return next() * (1.0 / 4294967296.0); }                 // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int range(int lo, int hiInclusive);                                         // integers, both ends included
    bool chance(double p) { return uniform() < p; }
    double normal();                                                            // Box–Muller, mean 0, sd 1
    // An independent stream for one stage, so that changing one stage does not
    // reshuffle the others.
    Rng fork(quint32 salt) { return Rng(next() ^ (salt * 2654435761u)); }

private:
    std::mt19937 m_gen;
};

// A smooth random field on the plane, roughly in [-1, 1]: a sum of plane
// waves with random directions, wavelengths and phases.
class SmoothField {
public:
    SmoothField(Rng& rng, double minWavelength, double maxWavelength, int waves = 8);
    double operator()(double x, double y) const;

private:
    struct Wave {
        double kx, ky, phase, amplitude;
    };
    std::vector<Wave> m_waves;
    double m_norm = 1.0;
};

} // namespace ps::demo
