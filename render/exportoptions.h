#pragma once

#include "theme.h"

#include "model/diagram.h"

#include <QString>

#include <optional>

namespace kdd {

// Every file format an export can produce (the registry holds one exporter for each).
// Html, Odt and Docx are documents: they hold the project charter (ExportContent::Charter), the
// diagram drawn inside it; Pptx is an editable slide deck of the diagram.
enum class ExportFormat { Svg, Pdf, Png, Kdd, Dot, Markdown, Mermaid, Csv, Html, Odt, Docx, Pptx };

// The pages of a PDF: one page the size of the diagram, sheets of paper, or 16:9 slides
// (13.333 × 7.5 in).
enum class ExportPage { Fit, A4, Letter, A3, Slide };

// Which way round a page is; Auto picks what gives the larger type (see DrawingPages).
enum class PageOrientation { Auto, Portrait, Landscape };

// What a drawing is drawn on: the theme's background (white); nothing (PNG only); or, for dark
// slides, a dark background with the theme's dark variant (light text and lines; PNG, SVG, PDF).
enum class ImageBackground { Opaque, Transparent, Dark };

// What an export holds: the diagram (drawn, or one CSV row per box); the measurement plan (CSV);
// the change ideas with their votes and priority (CSV); the PDSA cycles of the change ideas (CSV);
// the impact × effort grid (drawn); or the project charter, a document with the diagram in it
// (PDF, HTML, ODT, DOCX).
enum class ExportContent { Diagram, Measures, Ideas, Grid, Charter, Pdsa };

// Where the measurement plan goes in a drawing: nowhere, or as a table under the diagram.
enum class MeasuresPlacement { None, Table };

// The resolutions a PNG may have, and the one it has unless asked.
constexpr int MinExportDpi = 24;
constexpr int MaxExportDpi = 1200;
constexpr int DefaultExportDpi = 192;

// Everything a user can ask of an export, already typed: the command line and the Export dialog
// turn words and widgets into these values, so no exporter reads a free string. Each format uses
// what applies to it.
struct ExportOptions
{
    Theme theme = Theme::standard();
    ExportPage page = ExportPage::Fit;                    // PDF
    PageOrientation orientation = PageOrientation::Auto;  // PDF, unless the page is Fit
    int dpi = DefaultExportDpi;                           // PNG
    ImageBackground background = ImageBackground::Opaque; // PNG; Dark also SVG and PDF
    std::optional<LayoutSettings::Order> order;           // overrides the document's choice
    std::optional<LayoutSettings::Links> links;           // likewise
    std::optional<LayoutSettings::Ideas> ideas;           // likewise
    std::optional<bool> arrowheads;                       // overrides the theme's choice
    ExportContent what = ExportContent::Diagram;          // every format (see validateFor)
    MeasuresPlacement measures = MeasuresPlacement::None; // SVG, PDF, PNG

    // Checks what the types cannot (the resolution's range); on a mistake returns false and
    // says what is allowed.
    bool validate(QString *error) const;
    // As validate(), and also that the options make sense for `format` (the measurement plan and
    // the ideas are tables, so CSV only; the grid is a drawing: SVG, PDF or PNG; the charter is a
    // document: PDF, HTML, ODT or DOCX). The one place that decides; the command line asks it.
    bool validateFor(ExportFormat format, QString *error) const;
    // What an export to `format` holds: `what`, except that the documents (HTML, ODT, DOCX) hold
    // nothing but the charter, so for them the default content means the charter too.
    ExportContent contentFor(ExportFormat format) const;
};

// Whether `format` is a document that holds only the charter (HTML, ODT, DOCX).
bool holdsOnlyCharter(ExportFormat format);

} // namespace kdd
