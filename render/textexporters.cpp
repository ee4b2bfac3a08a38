// The text formats: the canonical .kdd file and the model's text writers (DOT, Markdown outline,
// Mermaid, CSV). They need no layout and no fonts.
#include "exporters.h"

#include "model/kddfile.h"
#include "model/textformats.h"

namespace kdd {
namespace {

using Writer = QByteArray (*)(const Diagram &);

class TextExporter : public Exporter
{
public:
    TextExporter(QString format, QString description, Writer writer)
        : m_format(std::move(format)), m_description(std::move(description)), m_writer(writer)
    {
    }
    QString format() const override { return m_format; }
    QString description() const override { return m_description; }

    bool write(const Diagram &diagram, const ExportOptions &options, QByteArray &output,
               QString *error) const override
    {
        if (!options.validateFor(m_format, error))
            return false;
        if (options.what == QStringLiteral("measures")) {
            output = toMeasuresCsv(diagram);
            return true;
        }
        output = m_writer(diagram);
        return true;
    }

private:
    QString m_format;
    QString m_description;
    Writer m_writer;
};

} // namespace

std::vector<std::unique_ptr<Exporter>> makeTextExporters()
{
    std::vector<std::unique_ptr<Exporter>> list;
    list.push_back(std::make_unique<TextExporter>(
        QStringLiteral("kdd"), QStringLiteral("KeyDriver diagram (canonical form)"), &writeDiagram));
    list.push_back(std::make_unique<TextExporter>(QStringLiteral("dot"), QStringLiteral("Graphviz DOT"),
                                                  &toDot));
    list.push_back(std::make_unique<TextExporter>(QStringLiteral("md"),
                                                  QStringLiteral("Markdown outline"), &toMarkdownOutline));
    list.push_back(std::make_unique<TextExporter>(QStringLiteral("mmd"),
                                                  QStringLiteral("Mermaid flowchart"), &toMermaid));
    list.push_back(std::make_unique<TextExporter>(QStringLiteral("csv"),
                                                  QStringLiteral("CSV table of nodes"), &toNodesCsv));
    return list;
}

} // namespace kdd
