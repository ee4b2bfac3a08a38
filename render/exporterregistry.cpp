#include "exporter.h"

#include "charterwriters.h"
#include "exporters.h"

#include "model/atomicfile.h"

namespace kdd {

bool ExportOptions::validate(QString *error) const
{
    if (dpi < MinExportDpi || dpi > MaxExportDpi) {
        if (error)
            *error = QStringLiteral("the resolution must be between %1 and %2 dpi, not %3")
                         .arg(MinExportDpi)
                         .arg(MaxExportDpi)
                         .arg(dpi);
        return false;
    }
    return true;
}

bool holdsOnlyCharter(ExportFormat format)
{
    return format == ExportFormat::Html || format == ExportFormat::Odt
        || format == ExportFormat::Docx;
}

ExportContent ExportOptions::contentFor(ExportFormat format) const
{
    return holdsOnlyCharter(format) && what == ExportContent::Diagram ? ExportContent::Charter
                                                                      : what;
}

bool ExportOptions::validateFor(ExportFormat format, QString *error) const
{
    if (!validate(error))
        return false;
    // Worded for the command line, where a mistaken content can be asked; the Export dialogs
    // only offer what fits.
    QString mistake;
    if (what == ExportContent::Measures && format != ExportFormat::Csv)
        mistake = QStringLiteral("--what measures is written as CSV; use an output file ending "
                                 "in .csv");
    else if (what == ExportContent::Ideas && format != ExportFormat::Csv)
        mistake = QStringLiteral("--what ideas is written as CSV; use an output file ending in "
                                 ".csv");
    else if (what == ExportContent::Pdsa && format != ExportFormat::Csv)
        mistake = QStringLiteral("--what pdsa is written as CSV; use an output file ending in "
                                 ".csv");
    else if (what == ExportContent::Grid && format != ExportFormat::Svg
             && format != ExportFormat::Pdf && format != ExportFormat::Png)
        mistake = QStringLiteral("--what grid is a drawing; use an output file ending in .svg, "
                                 ".pdf or .png");
    else if (what == ExportContent::Charter && format != ExportFormat::Pdf
             && !holdsOnlyCharter(format))
        mistake = QStringLiteral("--what charter is a document; use an output file ending in "
                                 ".pdf, .html, .odt or .docx");
    else if (contentFor(format) == ExportContent::Charter && format == ExportFormat::Pdf
             && page == ExportPage::Slide)
        mistake = QStringLiteral("the charter is printed on paper: choose --page a4, letter or "
                                 "a3");
    if (mistake.isEmpty())
        return true;
    // A document is asked for something else than the charter: say what the file holds.
    if (holdsOnlyCharter(format)) {
        const QString name = format == ExportFormat::Html ? QStringLiteral("an HTML file")
                           : format == ExportFormat::Odt  ? QStringLiteral("an ODT file")
                                                          : QStringLiteral("a DOCX file");
        mistake = name + QStringLiteral(" holds only the project charter; ") + mistake;
    }
    if (error)
        *error = mistake;
    return false;
}

const std::vector<std::unique_ptr<Exporter>> &exporters()
{
    static const std::vector<std::unique_ptr<Exporter>> all = [] {
        std::vector<std::unique_ptr<Exporter>> list;
        list.push_back(makeSvgExporter());
        list.push_back(makePdfExporter());
        list.push_back(makePngExporter());
        for (auto &text : makeTextExporters())
            list.push_back(std::move(text));
        list.push_back(makeCharterHtmlExporter());
        list.push_back(makeCharterOdtExporter());
        list.push_back(makeDocxExporter());
        list.push_back(makePptxExporter());
        return list;
    }();
    return all;
}

const Exporter *findExporter(ExportFormat format)
{
    for (const auto &e : exporters()) {
        if (e->format() == format)
            return e.get();
    }
    return nullptr;
}

const Exporter *findExporter(const QString &suffix)
{
    const QString wanted = suffix.toLower();
    for (const auto &e : exporters()) {
        if (e->suffix() == wanted)
            return e.get();
    }
    if (wanted == QStringLiteral("markdown"))
        return findExporter(ExportFormat::Markdown);
    if (wanted == QStringLiteral("mermaid"))
        return findExporter(ExportFormat::Mermaid);
    if (wanted == QStringLiteral("gv"))
        return findExporter(ExportFormat::Dot);
    return nullptr;
}

QStringList exportFormats()
{
    QStringList formats;
    for (const auto &e : exporters())
        formats << e->suffix();
    return formats;
}

bool exportDiagram(const Diagram &diagram, ExportFormat format, const ExportOptions &options,
                   const QString &path, QString *error)
{
    const Exporter *exporter = findExporter(format);
    if (!exporter) {
        if (error)
            *error = QStringLiteral("no exporter for this format");
        return false;
    }
    QByteArray bytes;
    if (!exporter->write(diagram, options, bytes, error))
        return false;
    return writeFileAtomically(path, bytes, error);
}

} // namespace kdd
