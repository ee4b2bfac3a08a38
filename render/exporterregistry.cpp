#include "exporter.h"

#include "exporters.h"
#include "theme.h"

#include "model/atomicfile.h"

namespace kdd {

bool ExportOptions::validate(QString *error) const
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!Theme::byName(theme))
        return fail(QStringLiteral("unknown theme '%1'; choose one of: %2")
                        .arg(theme, Theme::names().join(QStringLiteral(", "))));
    if (page != QStringLiteral("fit") && page != QStringLiteral("a4") && page != QStringLiteral("letter"))
        return fail(QStringLiteral("unknown page '%1'; choose one of: fit, a4, letter").arg(page));
    if (dpi < 24 || dpi > 1200)
        return fail(QStringLiteral("--dpi must be between 24 and 1200, not %1").arg(dpi));
    if (what != QStringLiteral("diagram") && what != QStringLiteral("measures"))
        return fail(QStringLiteral("unknown --what '%1'; choose diagram or measures").arg(what));
    return true;
}

bool ExportOptions::validateFor(const QString &format, QString *error) const
{
    if (!validate(error))
        return false;
    if (what == QStringLiteral("measures") && format.toLower() != QStringLiteral("csv")) {
        if (error)
            *error = QStringLiteral("--what measures is written as CSV; use an output file ending "
                                    "in .csv");
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
        return list;
    }();
    return all;
}

const Exporter *findExporter(const QString &format)
{
    const QString wanted = format.toLower();
    for (const auto &e : exporters()) {
        if (e->format() == wanted)
            return e.get();
    }
    if (wanted == QStringLiteral("markdown"))
        return findExporter(QStringLiteral("md"));
    if (wanted == QStringLiteral("mermaid"))
        return findExporter(QStringLiteral("mmd"));
    if (wanted == QStringLiteral("gv"))
        return findExporter(QStringLiteral("dot"));
    return nullptr;
}

QStringList exportFormats()
{
    QStringList formats;
    for (const auto &e : exporters())
        formats << e->format();
    return formats;
}

bool exportDiagram(const Diagram &diagram, const QString &format, const ExportOptions &options,
                   const QString &path, QString *error)
{
    const Exporter *exporter = findExporter(format);
    if (!exporter) {
        if (error)
            *error = QStringLiteral("unsupported export format '%1'; choose one of: %2")
                         .arg(format, exportFormats().join(QStringLiteral(", ")));
        return false;
    }
    if (!options.validateFor(exporter->format(), error))
        return false;
    QByteArray bytes;
    if (!exporter->write(diagram, options, bytes, error))
        return false;
    return writeFileAtomically(path, bytes, error);
}

} // namespace kdd
