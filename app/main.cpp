// KeyDriver: one binary for the editor and the command line; a command (check, export, diff,
// --help, --version) runs without a display, anything else opens the editor (editormain.cpp;
// a build without the editor links noeditor.cpp instead).
#include "applicationnames.h"
#include "cli.h"
#include "editorentry.h"
#include "languages.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace {

// In command-line mode stderr carries our messages only: Qt's own notes about the environment
// (runtime directory, font shaping) would read as errors to a user or a script.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "keydriver: %s\n", qPrintable(message));
}

int runCommandLine(int argc, char *argv[], const QStringList &arguments, const QString &language)
{
    // No display is needed: choose the offscreen platform before the application object exists
    // (it cannot change afterwards), so export works over ssh and in CI.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietQtMessages);
    QGuiApplication app(argc, argv);
    kdd::setApplicationNames();
    // Messages follow the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) unless --lang says.
    kdd::installTranslations(language, kdd::Catalogs::CommandLine);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = kdd::runCommandLine(arguments, out, err);
    out.flush();
    err.flush();
    return code;
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
    return kdd::runEditor(argc, argv, kdd::editorRequest(arguments), language.tag);
}
