#include "jsonobjectreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringDecoder>

#include <limits>

namespace kdd::reading {
namespace {

// Problems are for the person who opens the file: in the program's language. The format's own
// words (JSON members, column names) stay as the format spells them.
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Reader)
};
} // namespace

QString q(const std::string &s)
{
    // fromUtf8 would drop a leading byte-order mark; inside a JSON string it is the user's text
    // (pasted from a file that had one), and reading must give back what was written.
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return utf8.decode(QByteArrayView(s.data(), static_cast<qsizetype>(s.size())));
}

QString quoted(const QString &s)
{
    constexpr int maxShown = 60;
    const QString shown = s.size() > maxShown ? s.left(maxShown) + QStringLiteral("…") : s;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

Json plainNumber(const Json &v)
{
    if (!isRawNumber(v))
        return v;
    // Read in the C locale whatever the user's; a value beyond double becomes NaN, which every
    // whole-number and range check refuses.
    const std::string text = numberText(v);
    bool ok = false;
    const double value = QByteArray(text.data(), static_cast<qsizetype>(text.size())).toDouble(&ok);
    return Json(ok ? value : std::numeric_limits<double>::quiet_NaN());
}

QString typeName(const Json &v)
{
    if (isRawNumber(v))
        return ReaderText::tr("a number");
    switch (v.type()) {
    case Json::value_t::null:
        return ReaderText::tr("null");
    case Json::value_t::object:
        return ReaderText::tr("an object");
    case Json::value_t::array:
        return ReaderText::tr("a list");
    case Json::value_t::string:
        return ReaderText::tr("a string");
    case Json::value_t::boolean:
        return ReaderText::tr("true/false");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return ReaderText::tr("a number");
    default:
        return ReaderText::tr("binary data");
    }
}

} // namespace kdd::reading
