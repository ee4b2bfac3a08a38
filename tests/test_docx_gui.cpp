// The Export dialog offers the charter as a Word document, on the paper it chooses.
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
std::pair<QComboBox *, int> comboHolding(QWidget &dialog, const QString &text)
{
    for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
        const int index = box->findText(text);
        if (index >= 0)
            return {box, index};
    }
    return {nullptr, -1};
}

} // namespace

TEST_CASE("the Export dialog offers the charter as a Word document on Letter paper", "[gui][docx]")
{
    const LoadResult loaded = loadDiagram(sourcePath(QStringLiteral("examples/ed-visit.kdd")));
    REQUIRE(loaded.ok());
    Document document(*loaded.diagram);
    ExportDialog dialog(&document);
    const auto [format, index] =
        comboHolding(dialog, QStringLiteral("Word document (charter) (.docx)"));
    REQUIRE(format);
    format->setCurrentIndex(index);
    CHECK(dialog.format() == ExportFormat::Docx);
    // The charter has its own measurement plan; the paper can be chosen.
    const auto [measures, table] =
        comboHolding(dialog, QStringLiteral("As a table under the diagram"));
    REQUIRE(measures);
    CHECK_FALSE(measures->isEnabled());
    const auto [page, letter] = comboHolding(dialog, QStringLiteral("Letter"));
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
