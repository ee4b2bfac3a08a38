// Themes read back from what they draw: statuses told apart without colour, and the dark variant
// for dark slides legible in SVG, PNG and PDF.
#include "catchqt.h"
#include "testsupport.h"

#include "render/exporter.h"
#include "render/theme.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace kdd;
using namespace kddtest;

namespace {

// goodDiagram() with its two change ideas adopted and abandoned.
Diagram withStatuses()
{
    Diagram d = goodDiagram();
    Node adopted = *d.node(QStringLiteral("c1"));
    adopted.status = ChangeStatus::Adopted;
    REQUIRE(d.updateNode(adopted));
    Node abandoned = *d.node(QStringLiteral("c2"));
    abandoned.status = ChangeStatus::Abandoned;
    REQUIRE(d.updateNode(abandoned));
    return d;
}

QByteArray exported(const Diagram &d, ExportFormat format, const ExportOptions &options)
{
    QByteArray bytes;
    QString error;
    const bool ok = findExporter(format)->write(d, options, bytes, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    return bytes;
}

// The SVG markup of the first box group whose class starts with `cssClass`: its outline, text
// and what is drawn over the text, up to its first nested group (a badge) or the next box.
QString boxMarkup(const QString &svg, const QString &cssClass)
{
    const qsizetype start = svg.indexOf(QStringLiteral("class=\"") + cssClass);
    REQUIRE(start >= 0);
    const qsizetype end = svg.indexOf(QStringLiteral("<g "), start);
    return svg.mid(start, end < 0 ? -1 : end - start);
}

// WCAG relative luminance and contrast ratio.
qreal luminance(const QColor &c)
{
    const auto channel = [](qreal v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("in every theme adopted and abandoned differ without colour", "[themes]")
{
    for (const QString &name : Theme::names()) {
        INFO(name.toStdString());
        const Theme theme = *Theme::byName(name);
        // Outlines: adopted solid and heavier than an idea's, abandoned dashed.
        CHECK_FALSE(theme.adopted.border.dashed);
        CHECK(theme.adopted.border.width > theme.columns[ChangeColumn].border.width);
        CHECK(theme.abandoned.border.dashed);
        CHECK(theme.adopted.border.width > theme.abandoned.border.width);

        ExportOptions options;
        options.theme = theme;
        const QString svg = QString::fromUtf8(exported(withStatuses(), ExportFormat::Svg, options));
        const QString adopted = boxMarkup(svg, QStringLiteral("node change status-adopted"));
        const QString abandoned = boxMarkup(svg, QStringLiteral("node change status-abandoned"));
        CHECK_FALSE(adopted.contains(QStringLiteral("stroke-dasharray")));
        CHECK(abandoned.contains(QStringLiteral("stroke-dasharray")));
        // The abandoned idea's text is struck through: one horizontal line per line of text.
        static const QRegularExpression line(
            QStringLiteral("<path d=\"M([\\d.]+),([\\d.]+) C[\\d., ]+ [\\d.]+,\\2\""));
        const int texts = static_cast<int>(abandoned.count(QStringLiteral("<text")));
        CHECK(texts >= 1);
        CHECK(abandoned.count(line) == texts);
        CHECK(adopted.count(line) == 0);
    }
}

TEST_CASE("the dark background draws light text and lines for dark slides", "[themes]")
{
    const Diagram d = withStatuses();
    for (const QString &name : Theme::names()) {
        INFO(name.toStdString());
        const Theme dark = Theme::byName(name)->darkVariant();
        CHECK(dark.isDark());
        CHECK_FALSE(Theme::byName(name)->isDark());
        // Text stays readable (WCAG AA, 4.5:1) on the background and on every box fill.
        CHECK(contrast(dark.text, dark.background) >= 4.5);
        CHECK(contrast(dark.headerText, dark.background) >= 4.5);
        CHECK(contrast(dark.link.color, dark.background) >= 3);
        for (const BoxStyle &style :
             {dark.columns[0], dark.columns[1], dark.columns[2], dark.columns[3], dark.columns[4],
              dark.testing, dark.adopted, dark.abandoned})
            CHECK(contrast(dark.text, style.fill) >= 4.5);
        // What tells statuses apart is kept.
        CHECK(dark.abandoned.border.dashed);
        CHECK(dark.adopted.border.width == Theme::byName(name)->adopted.border.width);

        ExportOptions options;
        options.theme = *Theme::byName(name);
        options.background = ImageBackground::Dark;
        const QString svg = QString::fromUtf8(exported(d, ExportFormat::Svg, options));
        static const QRegularExpression background(
            QStringLiteral("class=\"background\"[^>]*fill=\"(#[0-9a-f]{6})\""));
        const QRegularExpressionMatch bg = background.match(svg);
        REQUIRE(bg.hasMatch());
        CHECK(QColor(bg.captured(1)).lightnessF() < 0.2);
        static const QRegularExpression textFill(
            QStringLiteral("<text [^>]*fill=\"(#[0-9a-f]{6})\""));
        int texts = 0;
        for (const QRegularExpressionMatch &m : textFill.globalMatch(svg)) {
            ++texts;
            CHECK(QColor(m.captured(1)).lightnessF() > 0.6);
        }
        // Every text has a fill (black, the SVG default, is never left implicit).
        CHECK(texts == static_cast<int>(svg.count(QStringLiteral("<text "))));
        CHECK(texts > 10);
    }

    ExportOptions options;
    options.background = ImageBackground::Dark;
    const QImage png = QImage::fromData(exported(d, ExportFormat::Png, options), "PNG");
    REQUIRE_FALSE(png.isNull());
    CHECK(png.pixelColor(1, 1).alpha() == 255);
    CHECK(png.pixelColor(1, 1).lightness() < 50);
    int light = 0;
    for (int y = 0; y < png.height(); y += 2) {
        for (int x = 0; x < png.width(); x += 2)
            light += png.pixelColor(x, y).lightness() > 200;
    }
    CHECK(light > 100); // text and lines, light on dark

    // PDF: the whole page is dark, not just what is drawn (read back through poppler).
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("dark.pdf"));
    REQUIRE(writeAll(pdf, exported(d, ExportFormat::Pdf, options)));
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    INFO("pdftoppm is not on PATH: install poppler-utils");
    REQUIRE_FALSE(pdftoppm.isEmpty());
    QProcess p;
    p.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"),
                       QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("page"))});
    REQUIRE(p.waitForFinished(60000));
    const QImage page(dir.filePath(QStringLiteral("page.png")));
    REQUIRE_FALSE(page.isNull());
    CHECK(page.pixelColor(0, 0).lightness() < 50);
    CHECK(page.pixelColor(page.width() - 1, page.height() - 1).lightness() < 50);
}
