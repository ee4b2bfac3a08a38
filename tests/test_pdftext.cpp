// Text in other scripts read back from the PDF export with poppler's pdftotext: what a reader's
// search and copy find. The tests skip, saying so, where poppler-utils is not installed.
#include "catchqt.h"
#include "testsupport.h"

#include "render/exporter.h"
#include "render/pdftextmap.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace kdd;
using namespace kddtest;

namespace {

// One box per script, each short enough to stay on one line.
const QStringList kScriptTexts = {
    QStringLiteral("减少急诊就诊 一日人大口心"), // Chinese, with ideographs that are also radicals
    QStringLiteral("救急外来の受診を減らす 日本"), // Japanese
    QStringLiteral("تقليل زيارات الطوارئ"),        // Arabic: joined letters
    QStringLiteral("הפחתת ביקורי חירום"),          // Hebrew
    QStringLiteral("Μείωση επισκέψεων"),           // Greek
};
const QString kEmojiText = QStringLiteral("Ambulance 🚑 done ✅");
const QString kLamAlefText = QStringLiteral("لا للانتظار"); // drawn with lam-alef ligatures
const QString kRightToLeftEmoji = QStringLiteral("تقليل 🚑 الطوارئ");
const QString kEmojiTitle = QStringLiteral("Fewer visits 🚑"); // bold: Symbola's is synthesised

Diagram scriptsDiagram()
{
    Diagram d = goodDiagram();
    d.setTitle(kEmojiTitle);
    int i = 0;
    for (const QString &text :
         kScriptTexts + QStringList{kEmojiText, kLamAlefText, kRightToLeftEmoji}) {
        const Node n = makeNode(QStringLiteral("s%1").arg(i++), NodeKind::Change, text);
        REQUIRE(d.insertNode(n));
        REQUIRE(d.addLink({QStringLiteral("p1"), n.id, LinkStrength::Strong, {}}));
    }
    return d;
}

QString tool(const char *name) { return QStandardPaths::findExecutable(QString::fromLatin1(name)); }

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QByteArray exportBytes(const Diagram &d, ExportFormat format)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out"));
    QString error;
    const bool ok = exportDiagram(d, format, {}, path, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    return readAll(path);
}

// The text as a reader's search sees it: pdftotext's direction marks and line breaks dropped,
// spaces collapsed.
QString searchable(QString text)
{
    static const QRegularExpression marks(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.remove(marks).replace(spaces, QStringLiteral(" "));
}

// Every cross-reference entry in use points at its object, so no reader has to rebuild it.
void requireSoundCrossReferences(const QByteArray &pdf)
{
    const QRegularExpression start(QStringLiteral("startxref\\n(\\d+)"));
    const QRegularExpressionMatch s = start.match(QString::fromLatin1(pdf.right(64)));
    REQUIRE(s.hasMatch());
    const int xref = s.captured(1).toInt();
    REQUIRE(pdf.mid(xref).startsWith("xref\n0 "));
    const int count = pdf.mid(xref + 7, 10).split('\n').first().trimmed().toInt();
    REQUIRE(count > 3);
    const int table = pdf.indexOf('\n', xref + 5) + 1;
    for (int i = 1; i < count; ++i) {
        const QByteArray entry = pdf.mid(table + 20 * i, 20);
        if (entry.at(17) != 'n')
            continue;
        const int offset = entry.left(10).toInt();
        INFO("object " << i);
        CHECK(pdf.mid(offset).startsWith(QByteArray::number(i) + " 0 obj"));
    }
}

} // namespace

TEST_CASE("PDF text in Chinese, Japanese, Arabic, Hebrew, Greek and emoji searches as typed",
          "[export]")
{
    const QString pdftotext = tool("pdftotext");
    if (pdftotext.isEmpty()) {
        WARN("pdftotext not found (poppler-utils): PDF text not checked");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("scripts.pdf"));
    QString error;
    REQUIRE(exportDiagram(scriptsDiagram(), ExportFormat::Pdf, {}, path, &error));
    const QString text = searchable(run(pdftotext, {path, QStringLiteral("-")}));
    for (const QString &typed : kScriptTexts) {
        INFO(typed.toStdString() << " in " << text.toStdString());
        CHECK(text.contains(typed));
    }
    // Nothing comes back as a radical or a presentation form in place of the letter drawn.
    static const QRegularExpression compatibility(
        QStringLiteral("[\\x{2E80}-\\x{2FDF}\\x{FB00}-\\x{FDFF}\\x{FE70}-\\x{FEFE}\\t]"));
    CHECK_FALSE(text.contains(compatibility));
    // Emoji within U+FFFF and beyond it, left to right, right to left and in bold.
    for (const QString &typed : {kEmojiText, kRightToLeftEmoji, kEmojiTitle}) {
        INFO(typed.toStdString() << " in " << text.toStdString());
        CHECK(text.contains(typed));
    }
    // A ligature maps to its letters in logical order, as PDF readers expect (pdftotext itself
    // then swaps the two letters of a right-to-left ligature).
    const QByteArray pdf = readAll(path);
    CHECK(pdf.contains("<06440627>"));
    CHECK_FALSE(pdf.contains("<FEFB>"));
    requireSoundCrossReferences(pdf);
}

TEST_CASE("the PDF text repair leaves what it does not need to change alone", "[export]")
{
    QByteArray notPdf = "not a PDF at all /CIDInit /ProcSet findresource begin\n";
    const QByteArray before = notPdf;
    CHECK(repairPdfTextMapping(notPdf) == 0);
    CHECK(notPdf == before);

    // Already repaired by the export: a second pass finds nothing to do.
    QByteArray pdf = exportBytes(scriptsDiagram(), ExportFormat::Pdf);
    const QByteArray exported = pdf;
    CHECK(repairPdfTextMapping(pdf) == 0);
    CHECK(pdf == exported);

    // Cut short (no cross-reference table): left as it is rather than half rewritten.
    QByteArray cut = exported.left(exported.indexOf("xref\n"));
    const QByteArray cutBefore = cut;
    CHECK(repairPdfTextMapping(cut) == 0);
    CHECK(cut == cutBefore);
}

TEST_CASE("characters beyond U+FFFF are named only when the glyphs Qt left unnamed agree",
          "[export]")
{
    const QString pdftotext = tool("pdftotext");
    if (pdftotext.isEmpty() || !QFontDatabase::hasFamily(QStringLiteral("Symbola"))) {
        WARN("pdftotext (poppler-utils) or Symbola (fonts-symbola) missing: not checked");
        return;
    }
    // Straight from QPdfWriter: one ideograph that is also a radical, one emoji.
    QByteArray raw;
    {
        QBuffer buffer(&raw);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Symbola")});
        font.setPixelSize(40);
        painter.setFont(font);
        painter.drawText(QPointF(100, 200), QStringLiteral("日本 🚑 end"));
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto textOf = [&](const QByteArray &pdf) {
        const QString path = dir.filePath(QStringLiteral("raw.pdf"));
        REQUIRE(writeAll(path, pdf));
        return searchable(run(pdftotext, {path, QStringLiteral("-")}));
    };
    CHECK_FALSE(textOf(raw).contains(QStringLiteral("日本 🚑 end")));

    QByteArray named = raw;
    CHECK(repairPdfTextMapping(named, {QStringLiteral("🚑")}) > 0);
    CHECK(textOf(named).contains(QStringLiteral("日本 🚑 end")));
    requireSoundCrossReferences(named);

    // One character too many: the emoji stays unnamed, the ideograph is still repaired.
    QByteArray unnamed = raw;
    CHECK(repairPdfTextMapping(unnamed, {QStringLiteral("🚑"), QStringLiteral("🎉")}) > 0);
    const QString text = textOf(unnamed);
    CHECK(text.contains(QStringLiteral("日本")));
    CHECK_FALSE(text.contains(QStringLiteral("🚑")));
    CHECK_FALSE(text.contains(QStringLiteral("🎉")));
}

TEST_CASE("emoji in a PDF are drawn with an outline font, never an empty colour glyph", "[export]")
{
    const QString pdffonts = tool("pdffonts");
    if (pdffonts.isEmpty()) {
        WARN("pdffonts not found (poppler-utils): PDF fonts not checked");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("emoji.pdf"));
    QString error;
    REQUIRE(exportDiagram(scriptsDiagram(), ExportFormat::Pdf, {}, path, &error));
    const QString fonts = run(pdffonts, {path});
    INFO(fonts.toStdString());
    CHECK_FALSE(fonts.contains(QStringLiteral("Emoji"), Qt::CaseInsensitive));
    if (QFontDatabase::hasFamily(QStringLiteral("Symbola")))
        CHECK(fonts.contains(QStringLiteral("Symbola"))); // the ✅ comes from it
    else
        WARN("Symbola (fonts-symbola) not installed: emoji it alone has are not drawn");
}

TEST_CASE("SVG keeps every script and the emoji as text", "[export]")
{
    const QByteArray svg = exportBytes(scriptsDiagram(), ExportFormat::Svg);
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement
            && xml.name() == QStringLiteral("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    REQUIRE_FALSE(xml.hasError());
    for (const QString &typed :
         kScriptTexts + QStringList{kEmojiText, kLamAlefText, kRightToLeftEmoji}) {
        INFO(typed.toStdString());
        CHECK(texts.contains(typed));
    }
}
