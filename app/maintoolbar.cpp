#include "maintoolbar.h"

#include "mainwindow.h"
#include "presentationmode.h"

#include "views/entrycontroller.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace kdd {
namespace {

// An action of the menu bar, found by what identifies it for sure: its object name or its
// shortcut (the menus are built by several classes; the keys are the contract they share).
struct Wanted
{
    QString objectName;
    QKeySequence shortcut;
    const char *themeIcon; // a freedesktop icon name
    const char *fallback;  // resources/icons/actions/<fallback>-<24|48>.png
};

QAction *findInMenus(const QMenu *menu, const Wanted &wanted)
{
    for (QAction *a : menu->actions()) {
        if (a->menu()) {
            if (QAction *found = findInMenus(a->menu(), wanted))
                return found;
            continue;
        }
        if (!wanted.objectName.isEmpty() ? a->objectName() == wanted.objectName
                                         : a->shortcut() == wanted.shortcut)
            return a;
    }
    return nullptr;
}

QAction *findInMenuBar(MainWindow *window, const Wanted &wanted)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu()) {
            if (QAction *found = findInMenus(top->menu(), wanted))
                return found;
        }
    }
    return nullptr;
}

QString entryName(EntryController::Command command)
{
    return QStringLiteral("entry") + QString::number(static_cast<int>(command));
}

} // namespace

MainToolBar::MainToolBar(MainWindow *window) : QToolBar(tr("Main Toolbar"), window)
{
    setObjectName(QStringLiteral("mainToolBar"));
    setIconSize(QSize(24, 24));
    const auto key = [](QKeySequence::StandardKey k) { return QKeySequence(k); };
    const auto keys = [](const char *k) { return QKeySequence(QString::fromLatin1(k)); };
    // Null entries are separators.
    const std::vector<Wanted> wanted = {
        {{}, key(QKeySequence::New), "document-new", "document-new"},
        {{}, key(QKeySequence::Open), "document-open", "document-open"},
        {{}, key(QKeySequence::Save), "document-save", "document-save"},
        {},
        {{}, key(QKeySequence::Undo), "edit-undo", "edit-undo"},
        {{}, key(QKeySequence::Redo), "edit-redo", "edit-redo"},
        {},
        {entryName(EntryController::Command::NewSibling), {}, "list-add", "list-add"},
        {entryName(EntryController::Command::NewChild),
         {},
         "format-indent-more",
         "format-indent-more"},
        {{}, keys("Ctrl+L"), "insert-link", "insert-link"},
        {},
        {{}, key(QKeySequence::ZoomIn), "zoom-in", "zoom-in"},
        {{}, key(QKeySequence::ZoomOut), "zoom-out", "zoom-out"},
        {{}, keys("Ctrl+9"), "zoom-fit-best", "zoom-fit-best"},
        {},
        {QStringLiteral("present"), {}, "x-office-presentation", "x-office-presentation"},
        {{}, keys("Ctrl+Shift+E"), nullptr, "equity-lens"},
    };
    for (const Wanted &w : wanted) {
        if (!w.fallback) {
            addSeparator();
            continue;
        }
        QAction *a = findInMenuBar(window, w);
        if (!a) {
            qWarning("MainToolBar: no menu action for %s", w.fallback);
            continue;
        }
        QIcon drawn;
        for (const int size : {24, 48})
            drawn.addFile(QStringLiteral(":/icons/actions/%1-%2.png")
                              .arg(QLatin1String(w.fallback))
                              .arg(size),
                          QSize(size, size));
        // The lens is KeyDriver's own idea: no theme has an icon for it.
        a->setIcon(w.themeIcon ? QIcon::fromTheme(QLatin1String(w.themeIcon), drawn) : drawn);
        if (w.objectName.startsWith(QLatin1String("entry"))) {
            // The menu shows the key after a tab (it is the views' key, not a shortcut): the
            // button's tooltip names it in brackets instead.
            QString name = a->text().section(QLatin1Char('\t'), 0, 0);
            name.remove(QLatin1Char('&'));
            a->setIconText(name);
            a->setToolTip(tr("%1 (%2)").arg(name, a->text().section(QLatin1Char('\t'), 1)));
        }
        addAction(a);
    }
}

MainToolBar *MainToolBar::install(MainWindow *window, QMenu *viewMenu)
{
    auto *bar = new MainToolBar(window);
    window->addToolBar(Qt::TopToolBarArea, bar);
    QAction *toggle = bar->toggleViewAction();
    toggle->setText(tr("Main Tool&bar"));
    viewMenu->addAction(toggle);
    return bar;
}

} // namespace kdd
