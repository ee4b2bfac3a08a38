// The text formats: the canonical .kdd file and the model's text writers (DOT, Markdown outline,
// Mermaid, CSV). They need no layout and no fonts.
#include "exporters.h"

#include <QCoreApplication>

#include "model/kddfile.h"
#include "model/textformats.h"

namespace kdd {
namespace {

using Writer = QByteArray (*)(const Diagram &);

class TextExporter : public Exporter
{
public:
    TextExporter(ExportFormat format, QString suffix, const char *description, Writer writer)
        : m_format(format), m_suffix(std::move(suffix)), m_description(description),
          m_writer(writer)
    {
    }
    ExportFormat format() const override { return m_format; }
    QString suffix() const override { return m_suffix; }
    QString description() const override
    {
        return QCoreApplication::translate("kdd::Exporter", m_description);
    }

    bool write(const Diagram &diagram, const ExportOptions &options, QByteArray &output,
               QString *error) const override
    {
        if (!options.validateFor(m_format, error))
            return false;
        if (options.what == ExportContent::Measures) {
            output = toMeasuresCsv(diagram);
            return true;
        }
        if (options.what == ExportContent::Ideas) {
            output = toIdeasCsv(diagram);
            return true;
        }
        if (options.what == ExportContent::Pdsa) {
            output = toPdsaCsv(diagram);
            return true;
        }
        output = m_writer(diagram);
        if (m_format == ExportFormat::Kdd && output.size() > MaxFileBytes) {
            // A .kdd the reader would refuse is no export at all.
            if (error)
                *error =
                    QStringLiteral("the diagram would be %1 MiB as a .kdd file, over the %2 MiB "
                                   "KeyDriver reads back")
                        .arg((output.size() + 1024 * 1024 - 1) / (1024 * 1024))
                        .arg(MaxFileBytes / (1024 * 1024));
            output.clear();
            return false;
        }
        return true;
    }

private:
    ExportFormat m_format;
    QString m_suffix;
    const char *m_description; // English; translated when shown
    Writer m_writer;
};

} // namespace

std::vector<std::unique_ptr<Exporter>> makeTextExporters()
{
    std::vector<std::unique_ptr<Exporter>> list;
    const auto add = [&](ExportFormat format, const char *suffix, const char *description,
                         Writer writer) {
        list.push_back(std::make_unique<TextExporter>(format, QString::fromLatin1(suffix),
                                                      description, writer));
    };
    add(ExportFormat::Kdd, "kdd",
        QT_TRANSLATE_NOOP("kdd::Exporter", "KeyDriver diagram (canonical form)"), &writeDiagram);
    add(ExportFormat::Dot, "dot", QT_TRANSLATE_NOOP("kdd::Exporter", "Graphviz DOT"), &toDot);
    add(ExportFormat::Markdown, "md", QT_TRANSLATE_NOOP("kdd::Exporter", "Markdown outline"),
        &toMarkdownOutline);
    add(ExportFormat::Mermaid, "mmd", QT_TRANSLATE_NOOP("kdd::Exporter", "Mermaid flowchart"),
        &toMermaid);
    add(ExportFormat::Csv, "csv", QT_TRANSLATE_NOOP("kdd::Exporter", "CSV table of nodes"),
        &toNodesCsv);
    return list;
}

} // namespace kdd
