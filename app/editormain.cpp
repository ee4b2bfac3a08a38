// The editor's start: the application object, translations, icon and the first window.
#include "applicationnames.h"
#include "cli.h"
#include "editorentry.h"
#include "filecontroller.h"
#include "keydriverversion.h"
#include "languages.h"
#include "mainwindow.h"
#include "preferences.h"
#include "presentationmode.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QTimer>

#include <cstdio>

namespace kdd {
namespace {

// The window and taskbar icon, from the PNG sizes compiled in (resources/icons): drawn pixmaps
// need no SVG icon engine and stay sharp at the sizes a desktop asks for.
QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/keydriver-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace

int runEditor(int argc, char *argv[], const kdd::EditorRequest &request, const QString &language)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fprintf(stderr, "keydriver: no display to open the editor on; on the command line use "
                             "'keydriver check' or 'keydriver export' (see keydriver --help)\n");
        return kdd::ExitFailure;
    }
    QApplication app(argc, argv);
    kdd::setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("KeyDriver"));
    QApplication::setWindowIcon(applicationIcon());
    // Lets the desktop match the windows to the installed entry (its icon and name on Wayland).
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kdd::DesktopId));
    // --lang, else the language chosen in Preferences, else the system's.
    const QString chosen = kdd::Preferences::startupLanguage(language);
    const QString spoken = kdd::installTranslations(chosen, kdd::Catalogs::Editor);
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(spoken));
    auto *first = new kdd::MainWindow;
    first->show();
    kdd::FileController::offerRecovery(first);
    kdd::openFromCommandLine(first, request.files, request.present);
    // For the start-up benchmark (bench/editbench): quit once the window has been shown and the
    // events queued by showing it (layout, first paint) have run.
    if (qEnvironmentVariableIsSet("KEYDRIVER_QUIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &app, &QApplication::quit);
    return QApplication::exec();
}

} // namespace kdd
