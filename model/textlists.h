#pragma once

#include <QString>
#include <QStringList>

namespace kdd {

// The items of a list typed into one text field (partners, leaders, stratification dimensions):
// split on commas, semicolons and line breaks, each trimmed, empty items dropped, and an item
// already given (same spelling) dropped again, so "A; B,, a,\nB " gives A, B, a.
QStringList splitUserList(const QString &text);

} // namespace kdd
