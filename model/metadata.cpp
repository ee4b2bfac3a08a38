#include "metadata.h"

#include "kinds.h"

#include <cmath>

namespace kdd {

QString ColumnTitles::defaultTitle(int column)
{
    switch (column) {
    case AimColumn:
        return QStringLiteral("Aim");
    case 1:
        return QStringLiteral("Primary drivers");
    case 2:
        return QStringLiteral("Secondary drivers");
    case 3:
        return QStringLiteral("Tertiary drivers");
    case ChangeColumn:
        return QStringLiteral("Change ideas");
    default:
        return {};
    }
}

QString ColumnTitles::titleFor(int column) const
{
    const QString *chosen = nullptr;
    switch (column) {
    case AimColumn:
        chosen = &aim;
        break;
    case 1:
        chosen = &level1;
        break;
    case 2:
        chosen = &level2;
        break;
    case 3:
        chosen = &level3;
        break;
    case ChangeColumn:
        chosen = &change;
        break;
    default:
        return {};
    }
    return chosen->isEmpty() ? defaultTitle(column) : *chosen;
}

bool LayoutSettings::isValidTextSize(double size)
{
    return size >= MinTextSize && size <= MaxTextSize
        && std::fmod(size, TextSizeStep) == 0; // exact: the step is a power of two
}

} // namespace kdd
