#include "textlanguage.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>

namespace kdd {
namespace {

// One translator per tag for the life of the process: a catalog is a few tens of kilobytes and
// exports of one document look words up many times, from any thread.
const QTranslator *catalogFor(const QString &tag)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> cache;
    const QMutexLocker lock(&mutex);
    if (const auto found = cache.constFind(tag); found != cache.constEnd())
        return found->get();
    auto translator = std::make_shared<QTranslator>();
    // QTranslator::load(QLocale) tries "fr_CA" then "fr", as a locale's languages would.
    const QLocale locale(QString(tag).replace(QLatin1Char('-'), QLatin1Char('_')));
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (english
        || !translator->load(locale, QStringLiteral("keydriver_core"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")))
        translator.reset();
    cache.insert(tag, translator);
    return translator.get();
}

} // namespace

TextLanguage::TextLanguage(const QString &tag) : m_tag(tag)
{
    if (!tag.isEmpty())
        m_translator = catalogFor(tag);
}

QString TextLanguage::translate(const char *context, const char *source, const char *disambiguation,
                                int n) const
{
    if (m_tag.isEmpty())
        return QCoreApplication::translate(context, source, disambiguation, n);
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

bool TextLanguage::isLanguageTag(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"));
    return tag.match(text).hasMatch();
}

QStringList TextLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString TextLanguage::nativeName(const QString &code)
{
    if (code == QStringLiteral("en"))
        return QStringLiteral("English");
    if (code == QStringLiteral("es"))
        return QStringLiteral("Español");
    if (code == QStringLiteral("fr"))
        return QStringLiteral("Français");
    return code;
}

} // namespace kdd
