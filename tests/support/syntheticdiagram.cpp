#include "syntheticdiagram.h"

#include <QStringList>

#include <algorithm>
#include <random>

namespace kdd {
Node makeNode(const QString &id, NodeKind kind, const QString &text, int level)
{
    Node n;
    n.id = id;
    n.kind = kind;
    n.text = text;
    n.level = level;
    if (kind == NodeKind::Aim)
        n.role = AimRole::Smart;
    return n;
}

Diagram syntheticDiagram(int nodes, unsigned seed)
{
    std::mt19937 rng(seed);
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    static const QStringList words = {
        QStringLiteral("reliable"),  QStringLiteral("timely"),  QStringLiteral("family"),
        QStringLiteral("access"),    QStringLiteral("clinic"),  QStringLiteral("follow-up"),
        QStringLiteral("education"), QStringLiteral("insulin"), QStringLiteral("community"),
        QStringLiteral("transport"), QStringLiteral("trust"),   QStringLiteral("data"),
        QStringLiteral("language"),  QStringLiteral("support"), QStringLiteral("referral")};
    const auto label = [&](int minWords, int maxWords) {
        QStringList text;
        const int count = minWords + pick(maxWords - minWords + 1);
        for (int i = 0; i < count; ++i)
            text << words[pick(static_cast<int>(words.size()))];
        text[0][0] = text[0][0].toUpper();
        return text.join(QLatin1Char(' '));
    };

    Diagram d;
    d.setTitle(QStringLiteral("Generated %1").arg(nodes));
    d.insertNode(makeNode(QStringLiteral("aim"), NodeKind::Aim,
                          QStringLiteral("Increase the rate from 40% to 80% by June 2027")));
    // Column sizes grow to the right, as in real diagrams: 5% primary, 20% secondary, 75% ideas.
    const int primary = std::max(2, nodes / 20);
    const int secondary = std::max(2, nodes / 5);
    const int change = std::max(2, nodes - 1 - primary - secondary);
    std::vector<QString> p, s, c;
    for (int i = 0; i < primary; ++i) {
        p.push_back(QStringLiteral("p%1").arg(i + 1));
        d.insertNode(makeNode(p.back(), NodeKind::Driver, label(2, 6), 1));
        d.addLink({QStringLiteral("aim"), p.back(), LinkStrength::Strong, {}});
    }
    for (int i = 0; i < secondary; ++i) {
        s.push_back(QStringLiteral("s%1").arg(i + 1));
        d.insertNode(makeNode(s.back(), NodeKind::Driver, label(3, 9), 2));
        d.addLink({p[static_cast<std::size_t>(i * primary / secondary)],
                   s.back(),
                   LinkStrength::Strong,
                   {}});
        if (pick(4) == 0)
            d.addLink(
                {p[static_cast<std::size_t>(pick(primary))], s.back(), LinkStrength::Weak, {}});
    }
    for (int i = 0; i < change; ++i) {
        c.push_back(QStringLiteral("c%1").arg(i + 1));
        Node n = makeNode(c.back(), NodeKind::Change, label(4, 14));
        n.status = static_cast<ChangeStatus>(pick(4));
        d.insertNode(n);
        d.addLink({s[static_cast<std::size_t>(i * secondary / change)],
                   c.back(),
                   LinkStrength::Strong,
                   {}});
        if (pick(3) == 0)
            d.addLink(
                {s[static_cast<std::size_t>(pick(secondary))], c.back(), LinkStrength::Strong, {}});
    }
    return d;
}

} // namespace kdd
