#include "exporter.h"

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

bool ExportOptions::validateFor(ExportFormat format, QString *error) const
{
    if (!validate(error))
        return false;
    if (what == ExportContent::Measures && format != ExportFormat::Csv) {
        if (error)
            *error = QStringLiteral("the measurement plan is a table: export it as CSV");
        return false;
    }
    if (what == ExportContent::Ideas && format != ExportFormat::Csv) {
        if (error)
            *error = QStringLiteral("the list of change ideas is a table: export it as CSV");
        return false;
    }
    if (what == ExportContent::Grid && format != ExportFormat::Svg && format != ExportFormat::Pdf
        && format != ExportFormat::Png) {
        if (error)
            *error = QStringLiteral("the grid is a drawing: export it as SVG, PDF or PNG");
        return false;
    }
    return true;
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
        list.push_back(makePptxExporter());
        list.push_back(makeDocxExporter());
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
