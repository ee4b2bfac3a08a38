// The Export dialog offers the office formats from the exporter registry — editable PowerPoint
// slides and the charter as a Word document — and what it chooses is what is written.
#include "catchqt.h"
#include "testsupport.h"

#include "app/exportdialog.h"
#include "model/document.h"
#include "render/exporter.h"
#include "render/ziparchive.h"

#include <QComboBox>

using namespace kdd;
using namespace kddtest;

namespace {

// The combo box of the dialog that holds an item with `text`, and that item's index.
std::pair<QComboBox *, int> comboWith(QWidget &dialog, const QString &text)
{
    for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
        const int index = box->findText(text);
        if (index >= 0)
            return {box, index};
    }
    return {nullptr, -1};
}

} // namespace

TEST_CASE("the Export dialog offers editable PowerPoint slides", "[gui][pptx]")
{
    const LoadResult loaded = loadDiagram(sourcePath(QStringLiteral("examples/ed-visit.kdd")));
    REQUIRE(loaded.ok());
    Document document(*loaded.diagram);
    ExportDialog dialog(&document);
    const auto [format, index] =
        comboWith(dialog, QStringLiteral("PowerPoint slides (editable) (.pptx)"));
    REQUIRE(format);
    format->setCurrentIndex(index);
    CHECK(dialog.format() == ExportFormat::Pptx);
    // The theme applies; the measurement plan, which slides leave out, cannot be chosen.
    const auto [measures, table] =
        comboWith(dialog, QStringLiteral("As a table under the diagram"));
    REQUIRE(measures);
    CHECK_FALSE(measures->isEnabled());
    const auto [theme, colour] = comboWith(dialog, QStringLiteral("colour"));
    REQUIRE(theme);
    CHECK(theme->isEnabled());
    theme->setCurrentIndex(colour);

    QByteArray bytes;
    QString error;
    REQUIRE(findExporter(ExportFormat::Pptx)
                ->write(document.diagram(), dialog.options(), bytes, &error));
    std::map<QString, QByteArray> files;
    REQUIRE(readZip(bytes, files, &error));
    CHECK(files.count(QStringLiteral("ppt/slides/slide1.xml")));
    // The colour theme's aim fill is in the deck's theme.
    CHECK(files[QStringLiteral("ppt/theme/theme1.xml")].contains("FDE4CF"));
}

TEST_CASE("the Export dialog offers the charter as a Word document on Letter paper", "[gui][docx]")
{
    const LoadResult loaded = loadDiagram(sourcePath(QStringLiteral("examples/ed-visit.kdd")));
    REQUIRE(loaded.ok());
    Document document(*loaded.diagram);
    ExportDialog dialog(&document);
    const auto [format, index] =
        comboWith(dialog, QStringLiteral("Word document (charter) (.docx)"));
    REQUIRE(format);
    format->setCurrentIndex(index);
    CHECK(dialog.format() == ExportFormat::Docx);
    // The charter has its own measurement plan; the paper can be chosen.
    const auto [measures, table] =
        comboWith(dialog, QStringLiteral("As a table under the diagram"));
    REQUIRE(measures);
    CHECK_FALSE(measures->isEnabled());
    const auto [page, letter] = comboWith(dialog, QStringLiteral("Letter"));
    REQUIRE(page);
    CHECK(page->isEnabled());
    page->setCurrentIndex(letter);

    QByteArray bytes;
    QString error;
    REQUIRE(findExporter(ExportFormat::Docx)
                ->write(document.diagram(), dialog.options(), bytes, &error));
    std::map<QString, QByteArray> files;
    REQUIRE(readZip(bytes, files, &error));
    CHECK(files[QStringLiteral("word/document.xml")].contains(
        R"(<w:pgSz w:w="12240" w:h="15840"/>)"));
}
