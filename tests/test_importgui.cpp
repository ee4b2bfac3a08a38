// Getting a workshop's lists into the editor: a long plain-text paste is shown before it lands
// (OK pastes as one undo step, Cancel adds nothing), a spreadsheet's CSV opens through File ▸
// Import, and New from Template shows each template's title, description and thumbnail.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/editactions.h"
#include "app/filecontroller.h"
#include "app/mainwindow.h"
#include "app/pastepreview.h"
#include "app/templatechooser.h"
#include "model/document.h"
#include "views/selection.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace kdd;
using namespace kddtest;

namespace {

// Three drivers of three ideas each, under whatever is selected: 12 lines.
const QString TwelveLines = QStringLiteral("- Trust\n  - Call first\n  - Home visits\n"
                                           "  - Same nurse\n- Access\n  - Evening hours\n"
                                           "  - Bus passes\n  - Text reminders\n- Voice\n"
                                           "  - Parent panel\n  - Surveys\n  - Open minutes\n");

int itemsUnder(QTreeWidgetItem *item)
{
    int n = 1;
    for (int i = 0; i < item->childCount(); ++i)
        n += itemsUnder(item->child(i));
    return n;
}

// Answers the next modal paste preview with `button` after checking what it shows.
struct PreviewAnswer
{
    int shown = 0;
    int topLevel = 0;
    int items = 0;
    QString summary;
};

void answerPreview(PreviewAnswer *answer, QDialogButtonBox::StandardButton button)
{
    QTimer::singleShot(0, [answer, button] {
        auto *dialog = qobject_cast<PastePreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        ++answer->shown;
        answer->topLevel = dialog->tree()->topLevelItemCount();
        for (int i = 0; i < answer->topLevel; ++i)
            answer->items += itemsUnder(dialog->tree()->topLevelItem(i));
        answer->summary =
            dialog->findChild<QLabel *>(QStringLiteral("pastePreviewSummary"))->text();
        dialog->findChild<QDialogButtonBox *>()->button(button)->click();
    });
}

} // namespace

TEST_CASE("pasting more than ten lines shows the boxes first and Cancel adds nothing", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    const Diagram before = w->document()->diagram();
    const int steps = w->document()->undoStack()->count();
    QApplication::clipboard()->setText(TwelveLines);
    w->selection()->selectOne(QStringLiteral("aim"));

    PreviewAnswer cancel;
    answerPreview(&cancel, QDialogButtonBox::Cancel);
    w->edits()->paste();
    CHECK(cancel.shown == 1);
    CHECK(cancel.topLevel == 3);
    CHECK(cancel.items == 12);
    CHECK(cancel.summary.contains(QStringLiteral("12 boxes")));
    CHECK(cancel.summary.contains(before.node(QStringLiteral("aim"))->text.simplified().left(40)));
    CHECK(w->document()->diagram() == before);
    CHECK(w->document()->undoStack()->count() == steps);

    PreviewAnswer ok;
    answerPreview(&ok, QDialogButtonBox::Ok);
    w->edits()->paste();
    CHECK(ok.shown == 1);
    const Diagram &d = w->document()->diagram();
    REQUIRE(d.nodes().size() == before.nodes().size() + 12);
    CHECK(w->document()->undoStack()->count() == steps + 1);
    CHECK(w->selection()->selected().size() == 12);
    w->document()->undoStack()->undo();
    CHECK(w->document()->diagram() == before);
}

TEST_CASE("pasting ten lines or fewer adds the boxes without asking", "[gui]")
{
    Window w;
    w->document()->reset(goodDiagram());
    const std::size_t boxes = w->document()->diagram().nodes().size();
    int asked = 0;
    const auto saved = PastePreviewDialog::ask;
    PastePreviewDialog::ask = [&asked](QWidget *, const Diagram &, const Node *) {
        ++asked;
        return false;
    };
    // Blank lines do not count: ten boxes in thirteen lines.
    QApplication::clipboard()->setText(
        QStringLiteral("A\n\n  a1\n  a2\n\nB\n  b1\n  b2\n\nC\n  c1\n  c2\n  c3\n"));
    w->selection()->selectOne(QStringLiteral("aim"));
    w->edits()->paste();
    CHECK(asked == 0);
    CHECK(w->document()->diagram().nodes().size() == boxes + 10);

    // The hook is what asks: eleven lines go through it, and its "no" pastes nothing.
    QApplication::clipboard()->setText(TwelveLines.section(QLatin1Char('\n'), 0, 10));
    w->edits()->paste();
    CHECK(asked == 1);
    CHECK(w->document()->diagram().nodes().size() == boxes + 10);
    PastePreviewDialog::ask = saved;
}

TEST_CASE("File Import opens a spreadsheet's CSV as a new untitled diagram", "[gui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("charter.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Aim,Primary driver,Change idea\nAll thrive,Belonging,Mentors\n"
                ",Fair rules,Mentors\n");
    }
    Window w;
    QString error;
    MainWindow *target = w->files()->importOutline(csv, &error);
    INFO(error.toStdString());
    REQUIRE(target);
    std::unique_ptr<MainWindow> extra(target == w.window ? nullptr : target);
    const Diagram &d = target->document()->diagram();
    CHECK(d.nodes().size() == 4);
    CHECK(d.links().size() == 4);
    CHECK(target->document()->filePath().isEmpty());

    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Aim,Change idea\nA,\"open\n");
    }
    CHECK(target->files()->importOutline(bad, &error) == nullptr);
    CHECK(error.contains(bad + QStringLiteral(":2: unterminated quote")));
    CHECK(d.nodes().size() == 4);
}

TEST_CASE("the template chooser shows every example with a title, description and thumbnail",
          "[gui]")
{
    const QStringList examples = examplePaths();
    TemplateChooser chooser(FileController::templatesDirectory());
    QListWidget *list = chooser.list();
    REQUIRE(list->count() == examples.size());
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        INFO(item->data(Qt::UserRole).toString().toStdString());
        const QStringList lines = item->text().split(QLatin1Char('\n'));
        REQUIRE(lines.size() == 2);
        const LoadResult loaded = loadDiagram(item->data(Qt::UserRole).toString());
        REQUIRE(loaded.ok());
        CHECK(lines[0] == loaded.diagram->title());
        CHECK_FALSE(lines[0].isEmpty());
        CHECK_FALSE(lines[1].isEmpty());
        const QImage thumbnail = item->icon().pixmap(list->iconSize()).toImage();
        REQUIRE_FALSE(thumbnail.isNull());
        // Drawn, not blank: more than one colour.
        QSet<QRgb> colours;
        for (int y = 0; y < thumbnail.height(); y += 3) {
            for (int x = 0; x < thumbnail.width(); x += 3)
                colours.insert(thumbnail.pixel(x, y));
        }
        CHECK(colours.size() > 5);
    }
}

TEST_CASE("the templates and the icon are compiled in, the templates byte for byte the examples",
          "[gui]")
{
    // Read from the program itself, so New from Template works once installed or moved.
    CHECK(FileController::templatesDirectory().startsWith(QStringLiteral(":/")));
    const QStringList examples = examplePaths();
    REQUIRE_FALSE(examples.isEmpty());
    for (const QString &example : examples) {
        INFO(example.toStdString());
        QFile source(example);
        REQUIRE(source.open(QIODevice::ReadOnly));
        QFile compiled(
            QDir(FileController::templatesDirectory()).filePath(QFileInfo(example).fileName()));
        REQUIRE(compiled.open(QIODevice::ReadOnly));
        CHECK(compiled.readAll() == source.readAll());
        CHECK(loadDiagram(compiled.fileName()).ok());
    }
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QImage icon(QStringLiteral(":/icons/keydriver-%1.png").arg(size));
        CHECK(icon.size() == QSize(size, size));
    }
    CHECK(QFile::exists(QStringLiteral(":/icons/keydriver.svg")));
}

TEST_CASE("choosing a template with Enter opens it as an untitled document", "[gui]")
{
    Window w;
    const auto saved = TemplateChooser::ask;
    QString offered;
    TemplateChooser::ask = [&offered](QWidget *parent, const QString &directory) {
        TemplateChooser chooser(directory, parent);
        chooser.list()->setCurrentRow(1);
        offered = chooser.chosenPath();
        QTimer::singleShot(0, &chooser, [&chooser] {
            chooser.list()->setFocus();
            QTest::keyClick(chooser.list(), Qt::Key_Return);
        });
        return chooser.exec() == QDialog::Accepted ? chooser.chosenPath() : QString();
    };
    QAction *action = nullptr;
    for (QAction *a : w->menuBar()->actions()) {
        for (QAction *item : a->menu() ? a->menu()->actions() : QList<QAction *>()) {
            if (item->text().startsWith(QStringLiteral("New from Te&mplate")))
                action = item;
        }
    }
    REQUIRE(action);
    action->trigger();
    TemplateChooser::ask = saved;
    REQUIRE_FALSE(offered.isEmpty());
    const LoadResult expected = loadDiagram(offered);
    REQUIRE(expected.ok());
    CHECK(w->document()->diagram() == *expected.diagram);
    CHECK(w->document()->filePath().isEmpty());
    // Nothing to undo, but unsaved: closing asks before a team's work on it is lost.
    CHECK(w->document()->undoStack()->count() == 0);
    CHECK_FALSE(w->document()->undoStack()->isClean());
}
