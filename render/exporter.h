#pragma once

#include "exportoptions.h"

#include "model/diagram.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace kdd {

// One output format. Exporters produce bytes and never open dialogs or write files themselves:
// exportDiagram() writes atomically, so a failed export leaves nothing behind.
class Exporter
{
public:
    virtual ~Exporter() = default;
    virtual ExportFormat format() const = 0;
    virtual QString suffix() const = 0;      // "svg": the usual file suffix
    virtual QString description() const = 0; // "SVG vector image", for menus and --help
    // Whether this format draws the diagram (needs fonts, hence a QGuiApplication).
    virtual bool isGraphical() const { return false; }
    virtual bool write(const Diagram &diagram, const ExportOptions &options, QByteArray &output,
                       QString *error) const = 0;
};

// Every format, in the order menus show them.
const std::vector<std::unique_ptr<Exporter>> &exporters();
const Exporter *findExporter(ExportFormat format);
// By file suffix or a common alias ("SVG", "markdown", "gv"), for the edges that start from a
// word: a file name, the command line. Null if there is none.
const Exporter *findExporter(const QString &suffix);
// The suffixes, in menu order.
QStringList exportFormats();

// Renders `diagram` in `format` and writes it atomically to `path`. On failure nothing is
// written and `error` says why.
bool exportDiagram(const Diagram &diagram, ExportFormat format, const ExportOptions &options,
                   const QString &path, QString *error);

} // namespace kdd
