#pragma once

#include "model/diagram.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace kdd {

// Everything a user can ask of an export; each format uses what applies to it.
struct ExportOptions
{
    QString theme = QStringLiteral("classic");
    QString page = QStringLiteral("fit");      // PDF: fit | a4 | letter
    int dpi = 192;                             // PNG
    bool transparent = false;                  // PNG background
    std::optional<LayoutSettings::Order> order; // overrides the document's choice
    QString what = QStringLiteral("diagram");  // diagram | measures (CSV)
    bool measuresTable = false;                // SVG/PDF/PNG: the measurement plan under the diagram

    // Checks the values; on a mistake returns false and says which value and what is allowed.
    bool validate(QString *error) const;
    // As validate(), and also that the options make sense for `format` ("--what measures" is a
    // table, so CSV only).
    bool validateFor(const QString &format, QString *error) const;
};

// One output format. Exporters produce bytes and never open dialogs or write files themselves:
// exportDiagram() writes atomically, so a failed export leaves nothing behind.
class Exporter
{
public:
    virtual ~Exporter() = default;
    virtual QString format() const = 0;      // "svg"; also the usual file suffix
    virtual QString description() const = 0; // "SVG vector image", for menus and --help
    // Whether this format draws the diagram (needs fonts, hence a QGuiApplication).
    virtual bool isGraphical() const { return false; }
    virtual bool write(const Diagram &diagram, const ExportOptions &options, QByteArray &output,
                       QString *error) const = 0;
};

// Every format, in the order menus show them.
const std::vector<std::unique_ptr<Exporter>> &exporters();
const Exporter *findExporter(const QString &format);
QStringList exportFormats();

// Renders `diagram` in `format` and writes it atomically to `path`. On failure nothing is
// written and `error` says why.
bool exportDiagram(const Diagram &diagram, const QString &format, const ExportOptions &options,
                   const QString &path, QString *error);

} // namespace kdd
