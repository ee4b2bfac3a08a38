// The document's text size (layout.textSize): written only when set, read back equal, and a
// size no editor offers is an error naming the file and the line.
#include "catchqt.h"
#include "testsupport.h"

#include "model/document.h"
#include "model/editoperations.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace kdd;
using namespace kddtest;

TEST_CASE("the text size is written only when set and reads back equal", "[model][io]")
{
    Diagram d = goodDiagram();
    const QByteArray plain = writeDiagram(d);
    CHECK_FALSE(plain.contains("textSize"));
    for (const double size : {8.0, 9.5, 12.0, 16.0}) {
        LayoutSettings s = d.layoutSettings();
        s.textSize = size;
        d.setLayoutSettings(s);
        const QByteArray text = writeDiagram(d);
        INFO(text.toStdString());
        CHECK(text.contains(size == 9.5 ? QByteArray("\"textSize\": 9.5")
                                        : "\"textSize\": " + QByteArray::number(size)));
        const LoadResult back = readDiagram(text, QStringLiteral("sized.kdd"));
        REQUIRE(back.ok());
        CHECK(back.diagram->layoutSettings().textSize == size);
        CHECK(writeDiagram(*back.diagram) == text);
    }
    // Back to the default: the member goes, and the file is what it was.
    LayoutSettings s = d.layoutSettings();
    s.textSize = LayoutSettings::DefaultTextSize;
    d.setLayoutSettings(s);
    CHECK(writeDiagram(d) == plain);
}

TEST_CASE("a bad text size names the file and the line of layout", "[model][io]")
{
    const struct
    {
        const char *value;
        const char *message;
    } cases[] = {
        {"7.5", "\"textSize\" 7.5 is not a text size KeyDriver draws; expected 8 to 16 points in "
                "steps of 0.5"},
        {"17", "\"textSize\" 17 is not a text size"},
        {"10.25", "\"textSize\" 10.25 is not a text size"},
        {"-3", "\"textSize\" -3 is not a text size"},
        {"1e400", "is not a text size"},
        {"\"12\"", "\"textSize\" must be a number of points, not a string"},
        {"null", "\"textSize\" must be a number of points, not null"},
    };
    for (const auto &c : cases) {
        INFO(c.value);
        const QByteArray text = "{\n\"format\": \"keydriver\",\n\"version\": 1,\n\"layout\": {"
                                "\"links\": \"curves\", \"textSize\": "
                              + QByteArray(c.value) + "}\n}\n";
        const LoadResult r = readDiagram(text, QStringLiteral("bad size.kdd"));
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].file == QStringLiteral("bad size.kdd"));
        CHECK(r.problems[0].line == 4);
        INFO(r.problems[0].message.toStdString());
        CHECK(r.problems[0].message.contains(QString::fromUtf8(c.message)));
        CHECK(r.errorText().contains(QStringLiteral("bad size.kdd:4")));
    }
}

TEST_CASE("changing the text size is one undo step with a name", "[model][edit]")
{
    Document doc(goodDiagram());
    QSignalSpy spy(&doc, &Document::changed);
    REQUIRE(edit::setLayoutTextSize(doc, 12));
    CHECK(doc.undoStack()->count() == 1);
    CHECK(doc.undoStack()->undoText() == QStringLiteral("Larger text (12 pt)"));
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<DocumentChange>().only(DocumentChange::LayoutOptions));
    CHECK(doc.diagram().layoutSettings().textSize == 12);
    // The same size, or one no file may hold, records nothing.
    CHECK_FALSE(edit::setLayoutTextSize(doc, 12));
    CHECK_FALSE(edit::setLayoutTextSize(doc, 20));
    CHECK_FALSE(edit::setLayoutTextSize(doc, 10.3));
    CHECK(doc.undoStack()->count() == 1);
    REQUIRE(edit::setLayoutTextSize(doc, 9));
    CHECK(doc.undoStack()->undoText() == QStringLiteral("Smaller text (9 pt)"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    CHECK(doc.diagram().layoutSettings().textSize == LayoutSettings::DefaultTextSize);
}
