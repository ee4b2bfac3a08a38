// One typed change notification per undo step: push, undo and redo each notify exactly once,
// however many mutators the step calls, and say what changed.
#include "catchqt.h"
#include "testsupport.h"

#include "model/document.h"
#include "model/editoperations.h"
#include "model/fragment.h"
#include "model/kddfile.h"
#include "model/undocommands.h"

#include <QSignalSpy>

using namespace kdd;
using namespace kddtest;

namespace {

DocumentChange lastChange(const QSignalSpy &spy)
{
    REQUIRE(spy.count() > 0);
    return spy.last().at(0).value<DocumentChange>();
}

} // namespace

TEST_CASE("paste: one notification per push, undo and redo", "[commands]")
{
    Document doc(generatedDiagram(60, 3));
    // Ten boxes with the links among them, pasted under the first aim.
    std::vector<NodeId> ids;
    for (const Node &n : doc.diagram().nodes()) {
        if (!n.isAim() && ids.size() < 10)
            ids.push_back(n.id);
    }
    const QByteArray bytes = copyFragment(doc.diagram(), ids);
    QSignalSpy spy(&doc, &Document::changed);
    const std::vector<NodeId> pasted = pasteFragment(doc, bytes, doc.diagram().nodes().front().id);
    REQUIRE(pasted.size() == 10);
    CHECK(spy.count() == 1);
    DocumentChange change = lastChange(spy);
    CHECK(change.has(DocumentChange::NodesAdded));
    CHECK(change.has(DocumentChange::Links));
    CHECK_FALSE(change.has(DocumentChange::NodesRemoved));
    CHECK(change.nodes.size() == 10);
    for (const NodeId &id : pasted)
        CHECK(change.nodes.contains(id));
    doc.undoStack()->undo();
    CHECK(spy.count() == 2);
    change = lastChange(spy);
    CHECK(change.has(DocumentChange::NodesRemoved));
    CHECK(change.nodes.size() == 10);
    doc.undoStack()->redo();
    CHECK(spy.count() == 3);
    CHECK(lastChange(spy).has(DocumentChange::NodesAdded));
}

TEST_CASE("deleting ten boxes: one notification per push, undo and redo", "[commands]")
{
    Document doc(generatedDiagram(60, 5));
    std::vector<NodeId> ids;
    for (std::size_t i = 1; i < doc.diagram().nodes().size() && ids.size() < 10; i += 3)
        ids.push_back(doc.diagram().nodes()[i].id);
    QSignalSpy spy(&doc, &Document::changed);
    edit::removeNodes(doc, ids);
    CHECK(spy.count() == 1);
    DocumentChange change = lastChange(spy);
    CHECK(change.has(DocumentChange::NodesRemoved));
    CHECK(change.nodes.size() == 10);
    CHECK_FALSE(change.links.isEmpty()); // their links went with them
    doc.undoStack()->undo();
    CHECK(spy.count() == 2);
    change = lastChange(spy);
    CHECK(change.has(DocumentChange::NodesAdded));
    CHECK(change.has(DocumentChange::Links));
    doc.undoStack()->redo();
    CHECK(spy.count() == 3);
    // A jump across several steps in the history is one notification too.
    edit::setText(doc, doc.diagram().nodes().front().id, QStringLiteral("x"));
    CHECK(spy.count() == 4);
    doc.undoStack()->setIndex(0);
    CHECK(spy.count() == 5);
    CHECK(lastChange(spy).has(DocumentChange::NodesAdded | DocumentChange::NodesChanged));
}

TEST_CASE("each kind of edit says what it changed", "[commands]")
{
    Document doc(goodDiagram());
    QSignalSpy spy(&doc, &Document::changed);
    edit::setText(doc, QStringLiteral("p1"), QStringLiteral("Changed"));
    DocumentChange c = lastChange(spy);
    CHECK(c.only(DocumentChange::NodesChanged));
    CHECK(c.nodes == QSet<NodeId>{QStringLiteral("p1")});

    edit::moveWithinColumn(doc, QStringLiteral("p2"), -1);
    CHECK(lastChange(spy).only(DocumentChange::NodeOrder));

    edit::link(doc, QStringLiteral("p1"), QStringLiteral("c2"));
    c = lastChange(spy);
    CHECK(c.only(DocumentChange::Links));
    CHECK(c.links.contains({QStringLiteral("p1"), QStringLiteral("c2")}));

    const MeasureId m = edit::addMeasure(doc, MeasureType::Process, {QStringLiteral("p1")});
    c = lastChange(spy);
    CHECK(c.only(DocumentChange::Measures));
    CHECK(c.measures == QSet<MeasureId>{m});

    edit::setLayoutOrder(doc, LayoutSettings::Order::Tidy);
    CHECK(lastChange(spy).only(DocumentChange::LayoutOptions));

    Metadata meta = doc.diagram().metadata();
    meta.team = QStringLiteral("Night shift");
    CHECK(edit::setDocumentInfo(doc, doc.diagram().title(), meta, doc.diagram().columnTitles()));
    CHECK(lastChange(spy).only(DocumentChange::Metadata));
    const int count = spy.count();
    CHECK_FALSE(
        edit::setDocumentInfo(doc, doc.diagram().title(), meta, doc.diagram().columnTitles()));
    CHECK(spy.count() == count); // nothing changed: no step, no notification

    edit::saveRevision(doc, QStringLiteral("note"), QStringLiteral("2026-11-30"));
    CHECK(lastChange(spy).only(DocumentChange::Revisions));

    doc.reset(goodDiagram());
    CHECK(lastChange(spy).has(DocumentChange::Reset));
    CHECK(lastChange(spy).has(DocumentChange::Links)); // a reset counts as every kind
}

TEST_CASE("Escape's take-back: out of history while last, a step of its own otherwise",
          "[commands]")
{
    Document doc(goodDiagram());
    const QByteArray start = writeDiagram(doc.diagram());
    const NodeId id = edit::addSibling(doc, QStringLiteral("p1"));
    const edit::NewBox box = edit::lastAddedBox(doc);
    CHECK(box.id == id);
    CHECK(edit::takeBack(doc, box));
    CHECK(writeDiagram(doc.diagram()) == start);
    CHECK(doc.undoStack()->count() == 0); // gone from the history too

    const NodeId second = edit::addSibling(doc, QStringLiteral("p1"));
    const edit::NewBox token = edit::lastAddedBox(doc);
    edit::setText(doc, QStringLiteral("p2"), QStringLiteral("meanwhile"));
    CHECK(edit::lastAddedBox(doc).isNull()); // the last step added nothing
    CHECK(edit::takeBack(doc, token));
    CHECK_FALSE(doc.diagram().contains(second));
    CHECK(doc.undoStack()->count() == 3); // add, text, delete

    // A box with text is never taken back.
    const NodeId third = edit::addSibling(doc, QStringLiteral("p1"));
    const edit::NewBox typed = edit::lastAddedBox(doc);
    edit::setText(doc, third, QStringLiteral("typed"));
    CHECK_FALSE(edit::takeBack(doc, typed));
    CHECK(doc.diagram().contains(third));
}

#ifdef QT_NO_DEBUG
TEST_CASE("a command the document refuses is dropped, not kept as a broken step", "[commands]")
{
    // A link to a box that does not exist: a bug in whoever built the command. Release builds
    // drop the step (debug builds assert).
    Document doc(goodDiagram());
    const QByteArray start = writeDiagram(doc.diagram());
    QSignalSpy spy(&doc, &Document::changed);
    doc.push(new AddLinkCommand(
        &doc, {QStringLiteral("p1"), QStringLiteral("nowhere"), LinkStrength::Strong, {}}));
    CHECK(doc.undoStack()->count() == 0);
    CHECK(writeDiagram(doc.diagram()) == start);
    CHECK(spy.count() == 0);
}
#endif
