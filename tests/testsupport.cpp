#include "testsupport.h"

#include "tests/support/syntheticdiagram.h"

#include <QDir>
#include <QFile>

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

} // namespace kddtest
