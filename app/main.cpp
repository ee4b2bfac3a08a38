// KeyDriver: one binary for the editor and the command line; a command (check, export, diff,
// --help, --version) runs without a display, anything else opens the editor.
#include "cli.h"
#include "filecontroller.h"
#include "keydriverversion.h"
#include "languages.h"
#include "mainwindow.h"
#include "preferences.h"
#include "presentationmode.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

// In command-line mode stderr carries our messages only: Qt's own notes about the environment
// (runtime directory, font shaping) would read as errors to a user or a script.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "keydriver: %s\n", qPrintable(message));
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("keydriver"));
    QCoreApplication::setOrganizationName(QStringLiteral("KeyDriver"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kdd::Version));
}

// The window and taskbar icon, from the PNG sizes compiled in (resources/icons): drawn pixmaps
// need no SVG icon engine and stay sharp at the sizes a desktop asks for.
QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/keydriver-%1.png").arg(size), QSize(size, size));
    return icon;
}

int runCommandLine(int argc, char *argv[], const QStringList &arguments, const QString &language)
{
    // No display is needed: choose the offscreen platform before the application object exists
    // (it cannot change afterwards), so export works over ssh and in CI.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietQtMessages);
    QGuiApplication app(argc, argv);
    setApplicationNames();
    // Messages follow the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) unless --lang says.
    kdd::installTranslations(language, kdd::Catalogs::CommandLine);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = kdd::runCommandLine(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}

int runEditor(int argc, char *argv[], const kdd::EditorRequest &request, const QString &language)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fprintf(stderr, "keydriver: no display to open the editor on; on the command line use "
                             "'keydriver check' or 'keydriver export' (see keydriver --help)\n");
        return kdd::ExitFailure;
    }
    QApplication app(argc, argv);
    setApplicationNames();
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

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const kdd::LanguageOption language = kdd::takeLanguageOption(arguments);
    if (!language.error.isEmpty()) {
        std::fprintf(stderr, "keydriver: %s\n", qPrintable(language.error));
        return kdd::ExitFailure;
    }
    if (kdd::isCommandLineMode(arguments))
        return runCommandLine(argc, argv, arguments, language.tag);
    return runEditor(argc, argv, kdd::editorRequest(arguments), language.tag);
}
