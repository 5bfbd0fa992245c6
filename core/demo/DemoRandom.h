#pragma once

#include <cmath>
#include <cstdint>
#include <random>

namespace tenure::demo {

// e^x by range reduction and a degree-13 Taylor polynomial: plain arithmetic, so it is the same on
// every platform (libm's exp may differ in the last bit) and cheaper than libm's exp, which the
// generator calls a few million times. Relative error below 1e-14 for |x| < 50.
inline double demoExp(double x)
{
    if (x < -700)
        return 0;
    if (x > 700)
        x = 700;
    constexpr double ln2 = 0.6931471805599453;
    const double k = std::nearbyint(x / ln2);
    const double r = x - k * ln2; // |r| <= ln2 / 2
    // Horner form of sum r^n / n!, n = 0..13.
    double sum = 1.0 / 6227020800.0;
    constexpr double inverseFactorials[] = {1.0 / 479001600.0,
                                            1.0 / 39916800.0,
                                            1.0 / 3628800.0,
                                            1.0 / 362880.0,
                                            1.0 / 40320.0,
                                            1.0 / 5040.0,
                                            1.0 / 720.0,
                                            1.0 / 120.0,
                                            1.0 / 24.0,
                                            1.0 / 6.0,
                                            0.5,
                                            1.0,
                                            1.0};
    for (double c : inverseFactorials)
        sum = sum * r + c;
    return std::ldexp(sum, int(k));
}

// Random draws built on std::mt19937_64 only: its output is fixed by the standard, whereas
// std::*_distribution differ between standard libraries, and the demo must be byte-identical for a
// seed everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_engine(seed) {}

    // [0, 1) with 53 random bits.
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // low..high inclusive.
    int uniformInt(int low, int high) { return low + int(uniform() * double(high - low + 1)); }
    bool chance(double probability) { return uniform() < probability; }

    // Standard normal by Box-Muller; each pair of uniforms gives two values, the second kept for the
    // next call.
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        const double radius = std::sqrt(-2.0 * std::log(u1));
        const double angle = 6.283185307179586 * u2;
        m_spare = radius * std::sin(angle);
        m_hasSpare = true;
        return radius * std::cos(angle);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }

    // Poisson by inversion for small means (one uniform; expNegMean = exp(-mean), which callers with a
    // fixed mean precompute), a rounded normal for large ones.
    int poisson(double mean, double expNegMean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 30) {
            const double value = std::round(normal(mean, std::sqrt(mean)));
            return value < 0 ? 0 : int(value);
        }
        const double u = uniform();
        int k = 0;
        double p = expNegMean;
        double cumulative = p;
        while (u >= cumulative && k < 1000) {
            ++k;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }
    int poisson(double mean) { return poisson(mean, mean > 0 && mean <= 30 ? demoExp(-mean) : 0.0); }

    // Index into weights (need not sum to 1).
    template <typename Container> int pick(const Container& weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double target = uniform() * total;
        int index = 0;
        int lastPositive = 0;
        for (double w : weights) {
            if (w > 0) {
                if (target < w)
                    return index;
                lastPositive = index;
            }
            target -= w;
            ++index;
        }
        return lastPositive; // only reached through rounding
    }

private:
    std::mt19937_64 m_engine;
    double m_spare = 0;
    bool m_hasSpare = false;
};

} // namespace tenure::demo
