// The command line's words for export options, and the one place they become typed values.
#include "exportoptionparser.h"

#include "render/exporter.h"

#include <QCoreApplication>
#include <QStringList>

#include <initializer_list>

namespace kdd {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(kdd::cli)
};

template <typename T> struct Choice
{
    const char *word;
    T value;
};

// "a or b" for two choices, "one of: a, b, c" for more.
QString listOf(const QStringList &words)
{
    if (words.size() == 2)
        return Cli::tr("%1 or %2").arg(words[0], words[1]);
    return Cli::tr("one of: %1").arg(words.join(QStringLiteral(", ")));
}

QString unknownValue(const QString &option, const QString &word, const QStringList &valid)
{
    return Cli::tr("unknown %1 '%2'; choose %3").arg(option, word, listOf(valid));
}

// Sets `result` from `word` (unless it is empty: the default stays); `option` names the option
// in the message, as the user knows it.
template <typename T>
bool parseChoice(const QString &word, const char *option, std::initializer_list<Choice<T>> choices,
                 T &result, QString *error)
{
    if (word.isEmpty())
        return true;
    QStringList valid;
    for (const Choice<T> &choice : choices) {
        if (word.compare(QLatin1String(choice.word), Qt::CaseInsensitive) == 0) {
            result = choice.value;
            return true;
        }
        valid << QLatin1String(choice.word);
    }
    if (error)
        *error = unknownValue(QLatin1String(option), word, valid);
    return false;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool parseExportFormat(const QString &word, ExportFormat &format, QString *error)
{
    const Exporter *exporter = findExporter(word);
    if (!exporter)
        return fail(error, Cli::tr("unsupported export format '%1'; choose one of: %2")
                               .arg(word, exportFormats().join(QStringLiteral(", "))));
    format = exporter->format();
    return true;
}

bool parseExportOptions(const ExportOptionWords &words, ExportFormat format, ExportOptions &options,
                        QString *error)
{
    if (!words.theme.isEmpty()) {
        const std::optional<Theme> theme = Theme::byName(words.theme.toLower());
        if (!theme)
            return fail(error, unknownValue(QStringLiteral("theme"), words.theme, Theme::names()));
        options.theme = *theme;
    }
    if (!parseChoice(words.page, "page",
                     {{"fit", ExportPage::Fit},
                      {"a4", ExportPage::A4},
                      {"letter", ExportPage::Letter},
                      {"a3", ExportPage::A3},
                      {"slide", ExportPage::Slide}},
                     options.page, error))
        return false;
    if (!parseChoice(words.orientation, "--orientation",
                     {{"auto", PageOrientation::Auto},
                      {"portrait", PageOrientation::Portrait},
                      {"landscape", PageOrientation::Landscape}},
                     options.orientation, error))
        return false;
    if (!words.dpi.isEmpty()) {
        bool ok = false;
        options.dpi = words.dpi.toInt(&ok);
        if (!ok)
            return fail(error, Cli::tr("--dpi must be a whole number, not '%1'").arg(words.dpi));
        if (options.dpi < MinExportDpi || options.dpi > MaxExportDpi)
            return fail(error, Cli::tr("--dpi must be between %1 and %2, not %3")
                                   .arg(MinExportDpi)
                                   .arg(MaxExportDpi)
                                   .arg(options.dpi));
    }
    if (!parseChoice(words.background, "--background",
                     {{"white", ImageBackground::Opaque},
                      {"transparent", ImageBackground::Transparent},
                      {"dark", ImageBackground::Dark}},
                     options.background, error))
        return false;
    LayoutSettings::Order order = LayoutSettings::Order::Keep;
    if (!words.order.isEmpty()) {
        if (!parseChoice(
                words.order, "--order",
                {{"keep", LayoutSettings::Order::Keep}, {"tidy", LayoutSettings::Order::Tidy}},
                order, error))
            return false;
        options.order = order;
    }
    if (!words.links.isEmpty()) {
        LayoutSettings::Links links = LayoutSettings::Links::Brackets;
        if (!parseChoice(words.links, "--links",
                         {{"brackets", LayoutSettings::Links::Brackets},
                          {"curves", LayoutSettings::Links::Curves},
                          {"straight", LayoutSettings::Links::Straight}},
                         links, error))
            return false;
        options.links = links;
    }
    if (!words.ideas.isEmpty()) {
        LayoutSettings::Ideas ideas = LayoutSettings::Ideas::Separate;
        if (!parseChoice(words.ideas, "--ideas",
                         {{"separate", LayoutSettings::Ideas::Separate},
                          {"stacked", LayoutSettings::Ideas::Stacked}},
                         ideas, error))
            return false;
        options.ideas = ideas;
    }
    if (!words.arrowheads.isEmpty()) {
        bool arrowheads = false;
        if (!parseChoice(words.arrowheads, "--arrowheads", {{"yes", true}, {"no", false}},
                         arrowheads, error))
            return false;
        options.arrowheads = arrowheads;
    }
    if (!parseChoice(words.what, "--what",
                     {{"diagram", ExportContent::Diagram},
                      {"measures", ExportContent::Measures},
                      {"ideas", ExportContent::Ideas},
                      {"pdsa", ExportContent::Pdsa},
                      {"grid", ExportContent::Grid},
                      {"charter", ExportContent::Charter}},
                     options.what, error))
        return false;
    if (!parseChoice(words.measures, "--measures",
                     {{"table", MeasuresPlacement::Table}, {"none", MeasuresPlacement::None}},
                     options.measures, error))
        return false;
    return options.validateFor(format, error);
}

} // namespace kdd
