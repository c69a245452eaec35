#include "core/idgenerator.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace Huike {

IdGenerator::IdGenerator()
    : IdGenerator(QRandomGenerator::system()->generate64(), &IdGenerator::systemClockMs)
{
}

IdGenerator::IdGenerator(std::uint64_t seed, Clock clock)
    : m_clock(std::move(clock))
    , m_random(seed)
{
}

std::uint64_t IdGenerator::systemClockMs()
{
    return std::uint64_t(QDateTime::currentMSecsSinceEpoch());
}

Id IdGenerator::next()
{
    const std::uint64_t now = m_clock();
    if (now > m_lastMs) {
        m_lastMs = now;
        m_counter = std::uint16_t(m_random() & 0x7ff); // leaves room for ≥ 2048 ids per ms
    } else if (m_counter >= 0xfff) {
        ++m_lastMs; // counter exhausted or clock behind: borrow the next millisecond
        m_counter = std::uint16_t(m_random() & 0x7ff);
    } else {
        ++m_counter;
    }
    return Id::fromParts(m_lastMs & 0xffffffffffffULL, m_counter, m_random());
}

} // namespace Huike
