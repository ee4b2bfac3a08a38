// What the charter's writers share: the document exporters' common steps and the small text rules.
#include "charterwriters.h"

#include "pageplan.h"
#include "reportchart.h"
#include "svgtarget.h"

#include "model/charterreport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace kdd {

bool CharterDocumentExporter::write(const Diagram &diagram, const ExportOptions &options,
                                    QByteArray &output, QString *error) const
{
    if (!options.validateFor(format(), error))
        return false;
    // Documents are read on white paper, and the measurement plan is a table of their own.
    ExportOptions pictureOptions = options;
    pictureOptions.background = ImageBackground::Opaque;
    pictureOptions.measures = MeasuresPlacement::None;
    ReportPicture picture;
    const auto pageArea = [&](const ReportPicture &single) {
        return pagePictureArea(single, options);
    };
    if (!renderReportPicture(diagram, pictureOptions, picture, error, pictureFormats(), pageArea))
        return false;
    ReportDocument report = charterReport(diagram);
    if (!renderReportCharts(diagram, options.theme, pictureFormats(), report, error))
        return false;
    return writeDocument(report, picture, options, output, error);
}

QStringList reportParagraphs(const QString &text)
{
    QStringList paragraphs;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            paragraphs << trimmed;
    }
    return paragraphs;
}

QString xmlText(const QString &text) { return SvgTarget::xmlSafe(text); }

QString reportLanguage(const ReportDocument &report)
{
    if (!report.language.isEmpty())
        return report.language;
    // A translation of the headings says which language it is in.
    return QCoreApplication::translate("kdd::CharterDocument", "en",
                                       "BCP 47 tag of the language of this translation");
}

bool reportLanguageIsRightToLeft(const ReportDocument &report)
{
    return QLocale(reportLanguage(report)).textDirection() == Qt::RightToLeft;
}

std::vector<double> columnShares(const QStringList &header, const std::vector<QStringList> &rows)
{
    const int columns = int(header.size());
    if (columns == 0)
        return {};
    // In characters: a word needs its length, a column at most 80 characters' worth of weight.
    std::vector<double> least(std::size_t(columns), 0), weight(std::size_t(columns), 0);
    for (int c = 0; c < columns; ++c) {
        qsizetype total = 0;
        const auto measure = [&](const QString &text) {
            for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+"))))
                least[std::size_t(c)] = std::max(least[std::size_t(c)], double(word.size()));
            total += text.size();
        };
        measure(header[c]);
        for (const QStringList &row : rows)
            measure(row.value(c));
        least[std::size_t(c)] = std::min(least[std::size_t(c)], 12.0) + 2;
        weight[std::size_t(c)] = std::min(double(total) / double(rows.size() + 1), 80.0) + 1;
    }
    // About 90 characters fit across the text of a page at table size.
    constexpr double width = 88;
    double leastSum = 0, weightSum = 0;
    for (int c = 0; c < columns; ++c) {
        leastSum += least[std::size_t(c)];
        weightSum += weight[std::size_t(c)];
    }
    const double rest = std::max(0.0, width - leastSum);
    std::vector<double> shares(static_cast<std::size_t>(columns));
    double sum = 0;
    for (std::size_t c = 0; c < shares.size(); ++c) {
        shares[c] = least[c] + rest * weight[c] / weightSum;
        sum += shares[c];
    }
    for (double &share : shares)
        share /= sum;
    return shares;
}

QSizeF charterPaper(ExportPage page)
{
    switch (page) {
    case ExportPage::Letter:
    case ExportPage::A3:
        return DrawingPages::paperSize(page, PageOrientation::Portrait);
    default:
        return DrawingPages::paperSize(ExportPage::A4, PageOrientation::Portrait);
    }
}

} // namespace kdd
