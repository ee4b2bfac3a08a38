#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <random>

namespace kddtest {

using namespace kdd;

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(KDD_SOURCE_DIR)).filePath(relative);
}

QStringList examplePaths()
{
    const QDir dir(sourcePath(QStringLiteral("examples")));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.kdd")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

LoadResult read(const QByteArray &json) { return readDiagram(json, QStringLiteral("test.kdd")); }

QByteArray fileWith(const QByteArray &members)
{
    QByteArray text = "{\n  \"format\": \"keydriver\",\n  \"version\": 1";
    if (!members.isEmpty())
        text += ",\n  " + members;
    return text + "\n}\n";
}

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

Diagram goodDiagram()
{
    Diagram d;
    d.setTitle(QStringLiteral("Test diagram"));
    Metadata meta;
    meta.team = QStringLiteral("Team");
    meta.revision = QStringLiteral("v1");
    meta.revisionDate = QStringLiteral("2026-11-26");
    d.setMetadata(meta);
    d.insertNode(makeNode(QStringLiteral("aim"), NodeKind::Aim,
                          QStringLiteral("Reduce waiting time from 60 to 45 minutes for all "
                                         "outpatients by 31 December 2027")));
    d.insertNode(makeNode(QStringLiteral("p1"), NodeKind::Driver, QStringLiteral("Reliable triage")));
    d.insertNode(makeNode(QStringLiteral("p2"), NodeKind::Driver, QStringLiteral("Staff capacity")));
    d.insertNode(makeNode(QStringLiteral("c1"), NodeKind::Change, QStringLiteral("Triage nurse at the door")));
    d.insertNode(makeNode(QStringLiteral("c2"), NodeKind::Change, QStringLiteral("Flexible rota")));
    d.addLink({QStringLiteral("aim"), QStringLiteral("p1"), LinkStrength::Strong, {}});
    d.addLink({QStringLiteral("aim"), QStringLiteral("p2"), LinkStrength::Strong, {}});
    d.addLink({QStringLiteral("p1"), QStringLiteral("c1"), LinkStrength::Strong, {}});
    d.addLink({QStringLiteral("p2"), QStringLiteral("c2"), LinkStrength::Weak, {}});
    Measure outcome;
    outcome.id = QStringLiteral("m1");
    outcome.name = QStringLiteral("Average wait");
    outcome.type = MeasureType::Outcome;
    outcome.nodes = {QStringLiteral("aim")};
    d.insertMeasure(outcome);
    Measure process;
    process.id = QStringLiteral("m2");
    process.name = QStringLiteral("Triaged within 10 minutes");
    process.type = MeasureType::Process;
    process.nodes = {QStringLiteral("p1"), QStringLiteral("p2")};
    d.insertMeasure(process);
    Measure balancing;
    balancing.id = QStringLiteral("m3");
    balancing.name = QStringLiteral("Staff overtime");
    balancing.type = MeasureType::Balancing;
    balancing.nodes = {QStringLiteral("p2")};
    d.insertMeasure(balancing);
    return d;
}

Diagram generatedDiagram(int nodes, unsigned seed)
{
    std::mt19937 rng(seed);
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    static const QStringList words = {
        QStringLiteral("reliable"), QStringLiteral("timely"),  QStringLiteral("family"),
        QStringLiteral("access"),   QStringLiteral("clinic"),  QStringLiteral("follow-up"),
        QStringLiteral("education"), QStringLiteral("insulin"), QStringLiteral("community"),
        QStringLiteral("transport"), QStringLiteral("trust"),   QStringLiteral("data"),
        QStringLiteral("language"), QStringLiteral("support"), QStringLiteral("referral")};
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
        d.addLink({p[static_cast<std::size_t>(i * primary / secondary)], s.back(),
                   LinkStrength::Strong, {}});
        if (pick(4) == 0)
            d.addLink({p[static_cast<std::size_t>(pick(primary))], s.back(), LinkStrength::Weak, {}});
    }
    for (int i = 0; i < change; ++i) {
        c.push_back(QStringLiteral("c%1").arg(i + 1));
        Node n = makeNode(c.back(), NodeKind::Change, label(4, 14));
        n.status = static_cast<ChangeStatus>(pick(4));
        d.insertNode(n);
        d.addLink({s[static_cast<std::size_t>(i * secondary / change)], c.back(),
                   LinkStrength::Strong, {}});
        if (pick(3) == 0)
            d.addLink({s[static_cast<std::size_t>(pick(secondary))], c.back(), LinkStrength::Strong, {}});
    }
    return d;
}

} // namespace kddtest
