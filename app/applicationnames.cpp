#include "applicationnames.h"

#include "keydriverversion.h"

#include <QCoreApplication>
#include <QString>

namespace kdd {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("keydriver"));
    QCoreApplication::setOrganizationName(QStringLiteral("KeyDriver"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Version));
}

} // namespace kdd
