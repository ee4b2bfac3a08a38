// KeyDriver: one binary for the editor and the command line (product.md §4).
#include "cli.h"

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

} // namespace

int main(int argc, char *argv[])
{
    // The command line never needs a display: choose the offscreen platform before the
    // application object exists (it cannot change afterwards), so export works over ssh and in
    // CI. Until the editor exists (issue 4) every mode is a command-line mode.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietQtMessages);

    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keydriver"));
    QCoreApplication::setOrganizationName(QStringLiteral("KeyDriver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYDRIVER_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = kdd::runCommandLine(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
