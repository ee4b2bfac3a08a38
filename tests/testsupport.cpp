#include "testsupport.h"

#include "tests/support/syntheticdiagram.h"

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

QByteArray withoutPdsaLines(const QByteArray &markdown)
{
    QList<QByteArray> kept;
    for (const QByteArray &line : markdown.split('\n')) {
        if (!line.trimmed().startsWith("* "))
            kept << line;
    }
    return kept.join('\n');
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
    d.insertNode(
        makeNode(QStringLiteral("p1"), NodeKind::Driver, QStringLiteral("Reliable triage")));
    d.insertNode(
        makeNode(QStringLiteral("p2"), NodeKind::Driver, QStringLiteral("Staff capacity")));
    d.insertNode(makeNode(QStringLiteral("c1"), NodeKind::Change,
                          QStringLiteral("Triage nurse at the door")));
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

Diagram generatedDiagram(int nodes, unsigned seed) { return syntheticDiagram(nodes, seed); }

Diagram ideaColumn(int boxes)
{
    Diagram d;
    d.insertNode(
        makeNode(QStringLiteral("aim"), NodeKind::Aim, QStringLiteral("Reach 80% by June 2027")));
    for (int i = 0; i < boxes; ++i) {
        const QString id = QStringLiteral("c%1").arg(i);
        d.insertNode(
            makeNode(id, NodeKind::Change, QStringLiteral("Change idea number %1").arg(i)));
        d.addLink({QStringLiteral("aim"), id, LinkStrength::Strong, {}});
    }
    return d;
}

// A random tree: one aim, primaries, secondaries, tertiaries under some secondaries, change ideas
// under drivers of every level (so some links skip columns), each box with one parent; then the
// node list is shuffled. Unlinked boxes are left in, as users leave them.
kdd::Diagram shuffledTree(unsigned seed, int size)
{
    std::mt19937 random(seed);
    kdd::Diagram d;
    d.insertNode(makeNode(QStringLiteral("aim"), kdd::NodeKind::Aim, QStringLiteral("Aim")));
    std::vector<std::vector<kdd::NodeId>> drivers(4); // by level; [0] is the aim
    drivers[0].push_back(QStringLiteral("aim"));
    for (int i = 0; i < size; ++i) {
        const int roll = static_cast<int>(random() % 10);
        kdd::Node n;
        kdd::NodeId parent;
        if (roll == 0 || drivers[1].empty()) {
            n = makeNode(QStringLiteral("p%1").arg(i), kdd::NodeKind::Driver, QStringLiteral("P"),
                         1);
            parent = drivers[0].front();
        } else if (roll < 4) {
            n = makeNode(QStringLiteral("s%1").arg(i), kdd::NodeKind::Driver, QStringLiteral("S"),
                         2);
            parent = drivers[1][random() % drivers[1].size()];
        } else if (roll == 4 && !drivers[2].empty()) {
            n = makeNode(QStringLiteral("t%1").arg(i), kdd::NodeKind::Driver, QStringLiteral("T"),
                         3);
            parent = drivers[2][random() % drivers[2].size()];
        } else if (roll == 5) {
            n = makeNode(QStringLiteral("o%1").arg(i), kdd::NodeKind::Change, QStringLiteral("O"));
        } else {
            n = makeNode(QStringLiteral("c%1").arg(i), kdd::NodeKind::Change, QStringLiteral("C"));
            const int level = 1 + static_cast<int>(random() % 3);
            const std::vector<kdd::NodeId> &from = drivers[static_cast<std::size_t>(level)].empty()
                                                     ? drivers[1]
                                                     : drivers[static_cast<std::size_t>(level)];
            parent = from[random() % from.size()];
        }
        d.insertNode(n);
        if (n.isDriver())
            drivers[static_cast<std::size_t>(n.level)].push_back(n.id);
        if (!parent.isEmpty())
            d.addLink({parent, n.id, kdd::LinkStrength::Strong, {}});
    }
    const int count = static_cast<int>(d.nodes().size());
    for (int i = 0; i < 3 * count; ++i)
        d.moveNode(d.nodes()[random() % static_cast<unsigned>(count)].id,
                   static_cast<int>(random() % static_cast<unsigned>(count)));
    return d;
}

} // namespace kddtest
