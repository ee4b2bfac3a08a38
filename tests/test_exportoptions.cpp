// The command line's export words become typed options at the edge; a bad word is named with
// the words that would do.
#include "catchqt.h"

#include "app/exportoptionparser.h"
#include "render/exporter.h"

#include <tuple>
#include <vector>

using namespace kdd;

namespace {

// Parses `words` for `format`; returns the error (empty when they parse).
QString problemWith(const ExportOptionWords &words, ExportFormat format = ExportFormat::Png,
                    ExportOptions *parsed = nullptr)
{
    ExportOptions options;
    QString error;
    const bool ok = parseExportOptions(words, format, options, &error);
    CHECK(ok == error.isEmpty());
    if (parsed)
        *parsed = options;
    return error;
}

} // namespace

TEST_CASE("no words give the defaults", "[cli]")
{
    ExportOptions parsed;
    CHECK(problemWith({}, ExportFormat::Png, &parsed).isEmpty());
    const ExportOptions defaults;
    CHECK(parsed.theme.name == QStringLiteral("classic"));
    CHECK(parsed.page == ExportPage::Fit);
    CHECK(parsed.orientation == PageOrientation::Auto);
    CHECK(parsed.dpi == DefaultExportDpi);
    CHECK(parsed.background == ImageBackground::Opaque);
    CHECK_FALSE(parsed.order.has_value());
    CHECK_FALSE(parsed.links.has_value());
    CHECK_FALSE(parsed.ideas.has_value());
    CHECK(parsed.what == ExportContent::Diagram);
    CHECK(parsed.measures == MeasuresPlacement::None);
    CHECK(defaults.page == parsed.page);
}

TEST_CASE("every export word becomes its typed value, in any case", "[cli]")
{
    ExportOptionWords words;
    words.theme = QStringLiteral("High-Contrast");
    words.page = QStringLiteral("A4");
    words.orientation = QStringLiteral("Portrait");
    words.dpi = QStringLiteral("300");
    words.background = QStringLiteral("transparent");
    words.order = QStringLiteral("tidy");
    words.links = QStringLiteral("Curves");
    words.ideas = QStringLiteral("stacked");
    words.arrowheads = QStringLiteral("Yes");
    words.measures = QStringLiteral("table");
    ExportOptions parsed;
    REQUIRE(problemWith(words, ExportFormat::Pdf, &parsed).isEmpty());
    CHECK(parsed.theme.name == QStringLiteral("high-contrast"));
    CHECK(parsed.page == ExportPage::A4);
    CHECK(parsed.orientation == PageOrientation::Portrait);
    CHECK(parsed.dpi == 300);
    CHECK(parsed.background == ImageBackground::Transparent);
    CHECK(parsed.order == LayoutSettings::Order::Tidy);
    CHECK(parsed.links == LayoutSettings::Links::Curves);
    CHECK(parsed.ideas == LayoutSettings::Ideas::Stacked);
    CHECK(parsed.arrowheads == true);
    CHECK(parsed.measures == MeasuresPlacement::Table);

    words = {};
    words.background = QStringLiteral("Dark");
    REQUIRE(problemWith(words, ExportFormat::Svg, &parsed).isEmpty());
    CHECK(parsed.background == ImageBackground::Dark);

    words = {};
    words.theme = QStringLiteral("color"); // the American spelling is an alias
    words.page = QStringLiteral("letter");
    words.background = QStringLiteral("white");
    words.order = QStringLiteral("keep");
    words.what = QStringLiteral("measures");
    words.measures = QStringLiteral("none");
    REQUIRE(problemWith(words, ExportFormat::Csv, &parsed).isEmpty());
    CHECK(parsed.theme.name == QStringLiteral("colour"));
    CHECK(parsed.page == ExportPage::Letter);
    CHECK(parsed.background == ImageBackground::Opaque);
    CHECK(parsed.order == LayoutSettings::Order::Keep);
    CHECK(parsed.what == ExportContent::Measures);
    CHECK(parsed.measures == MeasuresPlacement::None);

    // The larger sheets and the slide, and the other orientations.
    const std::vector<std::tuple<const char *, const char *, ExportPage, PageOrientation>> pages = {
        {"a3", "landscape", ExportPage::A3, PageOrientation::Landscape},
        {"Slide", "auto", ExportPage::Slide, PageOrientation::Auto},
        {"fit", "LANDSCAPE", ExportPage::Fit, PageOrientation::Landscape}};
    for (const auto &[page, orientation, kind, way] : pages) {
        INFO(page << " " << orientation);
        words = {};
        words.page = QString::fromLatin1(page);
        words.orientation = QString::fromLatin1(orientation);
        REQUIRE(problemWith(words, ExportFormat::Pdf, &parsed).isEmpty());
        CHECK(parsed.page == kind);
        CHECK(parsed.orientation == way);
    }
}

TEST_CASE("a bad export word is named with the valid ones", "[cli]")
{
    const auto with = [](QString ExportOptionWords::*field, const char *word) {
        ExportOptionWords words;
        words.*field = QString::fromUtf8(word);
        return problemWith(words);
    };
    CHECK(with(&ExportOptionWords::theme, "neon")
          == QStringLiteral(
              "unknown theme 'neon'; choose one of: classic, colour, print, high-contrast, "
              "projector"));
    CHECK(with(&ExportOptionWords::page, "a5")
          == QStringLiteral("unknown page 'a5'; choose one of: fit, a4, letter, a3, slide"));
    CHECK(with(&ExportOptionWords::orientation, "sideways")
          == QStringLiteral(
              "unknown --orientation 'sideways'; choose one of: auto, portrait, landscape"));
    CHECK(
        with(&ExportOptionWords::background, "pink")
        == QStringLiteral("unknown --background 'pink'; choose one of: white, transparent, dark"));
    CHECK(with(&ExportOptionWords::order, "random")
          == QStringLiteral("unknown --order 'random'; choose keep or tidy"));
    CHECK(with(&ExportOptionWords::links, "wavy")
          == QStringLiteral("unknown --links 'wavy'; choose one of: brackets, curves, straight"));
    CHECK(with(&ExportOptionWords::ideas, "piled")
          == QStringLiteral("unknown --ideas 'piled'; choose separate or stacked"));
    CHECK(with(&ExportOptionWords::arrowheads, "maybe")
          == QStringLiteral("unknown --arrowheads 'maybe'; choose yes or no"));
    CHECK(with(&ExportOptionWords::what, "boxes")
          == QStringLiteral("unknown --what 'boxes'; choose one of: diagram, measures, ideas, "
                            "pdsa, grid, charter"));
    CHECK(with(&ExportOptionWords::measures, "list")
          == QStringLiteral("unknown --measures 'list'; choose table or none"));
    CHECK(with(&ExportOptionWords::dpi, "lots")
          == QStringLiteral("--dpi must be a whole number, not 'lots'"));
    CHECK(with(&ExportOptionWords::dpi, "5")
          == QStringLiteral("--dpi must be between 24 and 1200, not 5"));
    CHECK(with(&ExportOptionWords::dpi, "1201").contains(QStringLiteral("not 1201")));
    CHECK(with(&ExportOptionWords::dpi, "24").isEmpty());
    CHECK(with(&ExportOptionWords::dpi, "1200").isEmpty());
    // The user's own spelling is quoted back, not a lower-cased copy.
    CHECK(with(&ExportOptionWords::page, "A5").contains(QStringLiteral("'A5'")));

    // A measurement plan is a table: CSV only.
    ExportOptionWords measures;
    measures.what = QStringLiteral("measures");
    CHECK(
        problemWith(measures, ExportFormat::Svg)
        == QStringLiteral("--what measures is written as CSV; use an output file ending in .csv"));
    CHECK(problemWith(measures, ExportFormat::Csv).isEmpty());
}

TEST_CASE("a format word is a suffix or an alias, and a bad one lists the formats", "[cli]")
{
    ExportFormat format = ExportFormat::Kdd;
    QString error;
    CHECK(parseExportFormat(QStringLiteral("svg"), format, &error));
    CHECK(format == ExportFormat::Svg);
    CHECK(parseExportFormat(QStringLiteral("PDF"), format, &error));
    CHECK(format == ExportFormat::Pdf);
    CHECK(parseExportFormat(QStringLiteral("markdown"), format, &error));
    CHECK(format == ExportFormat::Markdown);
    CHECK(parseExportFormat(QStringLiteral("gv"), format, &error));
    CHECK(format == ExportFormat::Dot);
    CHECK_FALSE(parseExportFormat(QStringLiteral("xlsx"), format, &error));
    CHECK(error.startsWith(QStringLiteral("unsupported export format 'xlsx'; choose one of: svg, "
                                          "pdf, png, kdd, dot, md, mmd, csv, html, odt, docx, "
                                          "pptx")));
    CHECK(format == ExportFormat::Dot); // unchanged on a mistake
}
