// View ▸ Text Size and the text size of new diagrams in Preferences: the menu changes the
// document's size as one named undo step and the canvas follows; the preference gives new
// diagrams (blank or from a template) their size, leaves open ones alone and survives a restart.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/filecontroller.h"
#include "app/mainwindow.h"
#include "app/preferences.h"
#include "app/preferencesdialog.h"
#include "model/document.h"
#include "model/kddfile.h"
#include "views/diagramscene.h"

#include <QAction>
#include <QDir>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QSettings>
#include <QUndoStack>

using kddtest::Window;
using namespace kdd;

namespace {

const QString TextSizeKey = QStringLiteral("view/textSize");

// Removes the stored size before and after a test, so other tests start from the default.
struct TextSizeGuard
{
    TextSizeGuard() { QSettings().remove(TextSizeKey); }
    ~TextSizeGuard() { QSettings().remove(TextSizeKey); }
};

QAction *action(const Window &w, const char *name)
{
    auto *a = w->findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(a);
    return a;
}

double textSize(const Window &w) { return w->document()->diagram().layoutSettings().textSize; }

qreal widestBox(const Window &w)
{
    qreal widest = 0;
    for (const DiagramLayout::Box &b : w->scene()->diagramLayout().boxes)
        widest = std::max(widest, b.rect.width());
    return widest;
}

} // namespace

TEST_CASE("View Text Size changes the document's size as one undo step", "[gui][textsize]")
{
    TextSizeGuard guard;
    Window w;
    QString error;
    REQUIRE(
        w->files()->openFile(kddtest::sourcePath(QStringLiteral("examples/ed-visit.kdd")), &error));
    QUndoStack *undo = w->document()->undoStack();
    const int steps = undo->count();
    const qreal before = widestBox(w);
    REQUIRE(w->scene()->typography().boxFont.pixelSize() == 13);

    QAction *larger = action(w, "textLarger");
    CHECK(larger->shortcut() == QKeySequence(QStringLiteral("Ctrl+]")));
    CHECK(action(w, "textSmaller")->shortcut() == QKeySequence(QStringLiteral("Ctrl+[")));
    CHECK_FALSE(action(w, "textDefaultSize")->isEnabled()); // already the default
    larger->trigger();
    CHECK(textSize(w) == 11);
    CHECK(undo->count() == steps + 1);
    CHECK(undo->undoText() == QStringLiteral("Larger text (11 pt)"));
    CHECK(w->document()->isModified());
    // The canvas is laid out again at the new size.
    CHECK(w->scene()->typography().boxFont.pixelSize() == 15);
    CHECK(widestBox(w) > before);
    CHECK(action(w, "textDefaultSize")->isEnabled());

    // The menu shows the size, and the file keeps it.
    auto *menu = w->findChild<QMenu *>(QStringLiteral("textSizeMenu"));
    REQUIRE(menu);
    CHECK(menu->actions().front()->text() == QStringLiteral("Text size: 11 pt"));
    CHECK(writeDiagram(w->document()->diagram()).contains("\"textSize\": 11"));

    undo->undo();
    CHECK(textSize(w) == LayoutSettings::DefaultTextSize);
    CHECK(w->scene()->typography().boxFont.pixelSize() == 13);
    CHECK(widestBox(w) == before);

    // Stepping stops at the ends of the range.
    for (int i = 0; i < 20; ++i)
        action(w, "textSmaller")->trigger();
    CHECK(textSize(w) == LayoutSettings::MinTextSize);
    CHECK_FALSE(action(w, "textSmaller")->isEnabled());
    CHECK(undo->count() == steps + 2); // 10 → 9 → 8, then nothing
    action(w, "textDefaultSize")->trigger();
    CHECK(textSize(w) == LayoutSettings::DefaultTextSize);
}

TEST_CASE("The text size of new diagrams applies to new ones and survives a restart",
          "[gui][textsize][preferences]")
{
    TextSizeGuard guard;
    {
        Window w;
        CHECK(textSize(w) == LayoutSettings::DefaultTextSize);
        PreferencesDialog dialog(w.window);
        auto *spin = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("preferencesTextSize"));
        REQUIRE(spin);
        CHECK(spin->value() == LayoutSettings::DefaultTextSize);
        spin->setValue(13);
        PreferencesDialog::saveAndApply(dialog.preferences());
        // The open document keeps its own size.
        CHECK(textSize(w) == LayoutSettings::DefaultTextSize);
        CHECK_FALSE(w->document()->isModified());
        // File ▸ New: a new window with a new diagram at the chosen size.
        Window fresh;
        CHECK(textSize(fresh) == 13);
        CHECK(fresh->scene()->typography().boxFont.pixelSize() == 17);
        CHECK_FALSE(fresh->document()->isModified());
        // A template that does not choose its size gets it too.
        const QStringList templates =
            QDir(FileController::templatesDirectory()).entryList({QStringLiteral("*.kdd")});
        REQUIRE_FALSE(templates.isEmpty());
        MainWindow *opened = fresh->files()->openTemplate(FileController::templatesDirectory()
                                                          + QLatin1Char('/') + templates.front());
        REQUIRE(opened == fresh.window);
        CHECK(textSize(fresh) == 13);
        // Default Size goes back to the preference.
        action(fresh, "textLarger")->trigger();
        CHECK(textSize(fresh) == 14);
        action(fresh, "textDefaultSize")->trigger();
        CHECK(textSize(fresh) == 13);
    }
    // "Restarted": the stored choice is read again.
    CHECK(Preferences::load().textSize == 13);
    Window w;
    CHECK(textSize(w) == 13);
    CHECK(PreferencesDialog(w.window).preferences().textSize == 13);
    // A stored size no file may hold reads as the default.
    QSettings().setValue(TextSizeKey, 40);
    CHECK(Preferences::load().textSize == LayoutSettings::DefaultTextSize);
}
