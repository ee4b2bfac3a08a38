// File ▸ Export Charter…: the action writes the charter in the format the file name asks for.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/charterexport.h"
#include "app/filecontroller.h"
#include "model/document.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>

using namespace kdd;
using namespace kddtest;

namespace {

// The File menu's action called `text` (ignoring the & of its shortcut letter).
QAction *fileAction(kdd::MainWindow *window, const QString &text)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (!menu->menu() || menu->text().remove(QLatin1Char('&')) != QStringLiteral("File"))
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')) == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("File > Export Charter writes the charter in the format of the chosen file",
          "[gui][charter]")
{
    Window w;
    QString error;
    REQUIRE(w->files()->openFile(sourcePath(QStringLiteral("examples/health-equity.kdd")), &error));
    QAction *action = fileAction(w.window, QStringLiteral("Export Charter…"));
    REQUIRE(action);
    auto *charter = w->findChild<CharterExport *>();
    REQUIRE(charter);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QStringList offered;
    QString answer;
    QString chosenFilter;
    charter->askForPath = [&](QWidget *, const QString &suggested, const QStringList &filters,
                              QString *chosen) {
        CHECK(suggested.endsWith(QStringLiteral("health-equity-charter.pdf")));
        offered = filters;
        if (!chosenFilter.isEmpty())
            *chosen = chosenFilter;
        return answer;
    };
    QStringList errors;
    charter->showError = [&](QWidget *, const QString &message) { errors << message; };

    // The suffix decides.
    answer = dir.filePath(QStringLiteral("team.html"));
    action->trigger();
    CHECK(errors.isEmpty());
    CHECK(offered.value(0) == QStringLiteral("PDF document (*.pdf)"));
    CHECK(offered.contains(QStringLiteral("HTML charter (web page) (*.html)")));
    CHECK(offered.contains(QStringLiteral("OpenDocument text (charter) (*.odt)")));
    const QByteArray html = readAll(answer);
    CHECK(html.startsWith("<!DOCTYPE html>"));
    CHECK(html.contains("Measurement plan"));

    answer = dir.filePath(QStringLiteral("team.pdf"));
    action->trigger();
    CHECK(readAll(answer).startsWith("%PDF-"));

    // No suffix: the filter chosen decides, and the file gets its suffix.
    answer = dir.filePath(QStringLiteral("team"));
    chosenFilter = QStringLiteral("OpenDocument text (charter) (*.odt)");
    action->trigger();
    CHECK(readAll(dir.filePath(QStringLiteral("team.odt"))).startsWith("PK"));
    CHECK(errors.isEmpty());

    // A file that cannot be written is named in the message, and nothing is left behind.
    answer = dir.filePath(QStringLiteral("missing/team.pdf"));
    chosenFilter.clear();
    action->trigger();
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].contains(answer));
}
