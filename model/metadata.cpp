#include "metadata.h"

#include "kinds.h"
#include "textlanguage.h"

#include <QCoreApplication>

namespace kdd {

QString ColumnTitles::defaultTitle(int column, const QString &language)
{
    const TextLanguage words(language);
    switch (column) {
    case AimColumn:
        return words.translate("kdd::ColumnTitles", "Aim");
    case 1:
        return words.translate("kdd::ColumnTitles", "Primary drivers");
    case 2:
        return words.translate("kdd::ColumnTitles", "Secondary drivers");
    case 3:
        return words.translate("kdd::ColumnTitles", "Tertiary drivers");
    case ChangeColumn:
        return words.translate("kdd::ColumnTitles", "Change ideas");
    default:
        return {};
    }
}

QString ColumnTitles::titleFor(int column, const QString &language) const
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
    return chosen->isEmpty() ? defaultTitle(column, language) : *chosen;
}

} // namespace kdd
