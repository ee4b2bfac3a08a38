// The main toolbar, Help ▸ About and Edit ▸ Preferences: the toolbar shows the menus' own actions
// with icons even without an icon theme, About names the version and the libraries, and the
// preferences survive a restart and take effect.
#include "catchqt.h"
#include "windowfixture.h"

#include "app/aboutdialog.h"
#include "app/mainwindow.h"
#include "app/preferences.h"
#include "app/preferencesdialog.h"
#include "app/presentationmode.h"
#include "app/recovery.h"
#include "keydriverversion.h"
#include "model/document.h"
#include "render/theme.h"
#include "views/diagramscene.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTest>
#include <QToolBar>

#include <algorithm>
#include <map>

using kddtest::Window;
using namespace kdd;

namespace {

void collectMenuActions(const QMenu *menu, QList<QAction *> &out)
{
    for (QAction *a : menu->actions()) {
        out << a;
        if (a->menu())
            collectMenuActions(a->menu(), out);
    }
}

QList<QAction *> menuActions(MainWindow *window)
{
    QList<QAction *> all;
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu())
            collectMenuActions(top->menu(), all);
    }
    return all;
}

QList<QAction *> toolBarActions(QToolBar *bar)
{
    QList<QAction *> actions;
    for (QAction *a : bar->actions()) {
        if (!a->isSeparator())
            actions << a;
    }
    return actions;
}

// Keeps the settings the test changes and puts them back, so other tests see theirs.
struct SettingsGuard
{
    const QStringList keys = {QStringLiteral("view/theme"), QStringLiteral("view/links"),
                              QStringLiteral("recovery/minutes"),
                              QStringLiteral("interface/language")};
    std::map<QString, QVariant> saved;
    SettingsGuard()
    {
        QSettings settings;
        for (const QString &key : keys) {
            saved[key] = settings.value(key);
            settings.remove(key);
        }
    }
    ~SettingsGuard()
    {
        QSettings settings;
        for (const auto &[key, value] : saved) {
            if (value.isValid())
                settings.setValue(key, value);
            else
                settings.remove(key);
        }
    }
};

} // namespace

TEST_CASE("The main toolbar shows the menus' own actions, each with an icon", "[gui][toolbar]")
{
    Window w;
    auto *bar = w->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    REQUIRE(bar);
    CHECK(bar->isVisible());
    const QList<QAction *> actions = toolBarActions(bar);
    REQUIRE(actions.size() == 13);
    const QList<QAction *> inMenus = menuActions(w.window);
    for (QAction *a : actions) {
        INFO(a->text().toStdString());
        CHECK(inMenus.contains(a)); // the same object, never a copy
        CHECK_FALSE(a->icon().isNull());
        CHECK_FALSE(a->icon().pixmap(24, 24).isNull());
    }
    const auto has = [&actions](const QKeySequence &keys) {
        return std::any_of(actions.begin(), actions.end(),
                           [&keys](QAction *a) { return a->shortcut() == keys; });
    };
    CHECK(has(QKeySequence(QKeySequence::New)));
    CHECK(has(QKeySequence(QKeySequence::Open)));
    CHECK(has(QKeySequence(QKeySequence::Save)));
    CHECK(has(QKeySequence(QKeySequence::Undo)));
    CHECK(has(QKeySequence(QKeySequence::Redo)));
    CHECK(has(QKeySequence(QStringLiteral("Ctrl+L"))));
    CHECK(has(QKeySequence(QKeySequence::ZoomIn)));
    CHECK(has(QKeySequence(QKeySequence::ZoomOut)));
    CHECK(has(QKeySequence(QStringLiteral("Ctrl+9"))));
    CHECK(has(QKeySequence(QStringLiteral("Ctrl+Shift+E"))));
    CHECK(actions.contains(w->presentation()->action()));
    CHECK(actions.contains(w->findChild<QAction *>(QStringLiteral("entry0")))); // Enter
    CHECK(actions.contains(w->findChild<QAction *>(QStringLiteral("entry1")))); // Tab

    // The entry actions' tooltips name their key without the menu's tab.
    QAction *child = w->findChild<QAction *>(QStringLiteral("entry1"));
    CHECK_FALSE(child->toolTip().contains(QLatin1Char('\t')));
    CHECK(child->toolTip().contains(QStringLiteral("Tab")));
    CHECK(child->text().contains(QLatin1Char('\t'))); // the menu keeps its own look

    // Triggered from the toolbar, it adds a box as the menu entry does.
    w->findChild<QAction *>(QStringLiteral("entry0"))->trigger();
    CHECK(w->document()->diagram().nodes().size() == 1);

    // View ▸ Main Toolbar hides and shows it.
    CHECK(inMenus.contains(bar->toggleViewAction()));
    bar->toggleViewAction()->trigger();
    CHECK_FALSE(bar->isVisible());
    bar->toggleViewAction()->trigger();
    CHECK(bar->isVisible());
}

TEST_CASE("Presenting hides the toolbar and gives it back as it was", "[gui][toolbar]")
{
    Window w;
    auto *bar = w->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    REQUIRE(bar);
    QTest::qWait(50); // the first-start dock sizes are set once the window is laid out
    const QByteArray state = w->saveState();
    w->presentation()->enter();
    CHECK_FALSE(bar->isVisible());
    w->presentation()->leave();
    CHECK(bar->isVisible());
    CHECK(w->saveState() == state);

    bar->hide();
    w->presentation()->enter();
    w->presentation()->leave();
    CHECK_FALSE(bar->isVisible());
}

TEST_CASE("About names the version, the licence status and the libraries", "[gui][about]")
{
    AboutDialog about;
    const QString text = about.text();
    CHECK(text.contains(QString::fromLatin1(kdd::Version)));
    CHECK(text.contains(QString::fromLatin1(qVersion())));
    CHECK(text.contains(QStringLiteral("Graphviz")));
    CHECK(text.contains(QStringLiteral("libzip")));
    CHECK(text.contains(QStringLiteral("nlohmann/json")));
    CHECK(text.contains(QStringLiteral("Licence")));
    for (const auto &[name, version] : AboutDialog::credits()) {
        INFO(name.toStdString());
        CHECK(version.contains(QLatin1Char('.'))); // a real version, from the library
    }
    Window w;
    QStringList help;
    for (QAction *a : menuActions(w.window))
        help << a->text();
    CHECK(help.contains(QStringLiteral("&About KeyDriver")));
    CHECK(help.contains(QStringLiteral("About &Qt")));
    CHECK(help.contains(QStringLiteral("Prefere&nces…")));
}

TEST_CASE("Preferences survive a restart and take effect", "[gui][preferences]")
{
    SettingsGuard guard;
    Preferences chosen;
    chosen.theme = QStringLiteral("print");
    chosen.links = LayoutSettings::Links::Straight;
    chosen.autosaveMinutes = 7;
    chosen.language = QStringLiteral("fr");
    {
        Window w;
        const LayoutSettings::Links own = w->document()->diagram().layoutSettings().links;
        REQUIRE(own != chosen.links);
        PreferencesDialog dialog(w.window);
        dialog.setPreferences(chosen);
        CHECK(dialog.preferences() == chosen);
        PreferencesDialog::saveAndApply(dialog.preferences());
        // Applied at once to the open window: its canvas theme and its recovery interval...
        CHECK(w->scene()->theme().name == chosen.theme);
        CHECK(w->findChild<QAction *>(QStringLiteral("theme-print"))->isChecked());
        CHECK(w->recovery()->intervals().copyMs == 7 * 60 * 1000);
        // ...but never to its document's own layout options.
        CHECK(w->document()->diagram().layoutSettings().links == own);
        CHECK_FALSE(w->document()->isModified());
    }
    // "Restarted": a new window, reading the same settings.
    Window w;
    CHECK(Preferences::load() == chosen);
    CHECK(PreferencesDialog(w.window).preferences() == chosen);
    CHECK(w->scene()->theme().name == chosen.theme);
    CHECK(w->recovery()->intervals().copyMs == 7 * 60 * 1000);
    CHECK(w->document()->diagram().layoutSettings().links == chosen.links);
}

TEST_CASE("Stored preferences out of range read as safe values", "[gui][preferences]")
{
    SettingsGuard guard;
    QSettings settings;
    settings.setValue(QStringLiteral("recovery/minutes"), 0);
    settings.setValue(QStringLiteral("view/theme"), QStringLiteral("no-such-theme"));
    settings.setValue(QStringLiteral("interface/language"), QStringLiteral("xx"));
    settings.setValue(QStringLiteral("view/links"), QStringLiteral("wiggly"));
    Preferences p = Preferences::load();
    CHECK(p.autosaveMinutes == Preferences::MinAutosaveMinutes); // never "off"
    CHECK(p.theme == Theme::standard().name);
    CHECK(p.language.isEmpty());
    CHECK(p.links == LayoutSettings().links);
    settings.setValue(QStringLiteral("recovery/minutes"), 500);
    CHECK(Preferences::load().autosaveMinutes == Preferences::MaxAutosaveMinutes);
    // Without a choice the program's own interval stays (tests and first starts).
    settings.remove(QStringLiteral("recovery/minutes"));
    CHECK_FALSE(Preferences::hasAutosaveChoice());
    Window w;
    CHECK(w->recovery()->intervals().copyMs == Recovery::defaultIntervals().copyMs);
}
