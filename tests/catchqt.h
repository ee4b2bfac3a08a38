#pragma once

// The one place that includes Catch2, so that moving to Catch2 v3 changes one file. It also
// teaches Catch2 to print Qt strings in failure messages.
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &b)
    {
        return '"' + b.left(2000).toStdString() + (b.size() > 2000 ? "…\"" : "\"");
    }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l)
    {
        return "[" + l.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
} // namespace Catch
