// KeyDriver: one binary for the editor and the command line (product.md §4).
#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
