#include "textblock.h"

#include "model/layoutlimits.h"

#include <QFontMetricsF>
#include <QTextBoundaryFinder>
#include <QTextLayout>

#include <algorithm>

namespace kdd {

qreal TextBlock::width() const
{
    qreal widest = 0;
    for (const Line &l : lines)
        widest = std::max(widest, l.width);
    return widest;
}

QString TextBlock::plainText() const
{
    QStringList parts;
    for (const Line &l : lines)
        parts << l.text;
    return parts.join(QLatin1Char(' '));
}

namespace {

// Control characters other than newline and tab would be drawn as boxes or break XML.
QString printable(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\t'))
            clean += QLatin1Char(' ');
        else if (c == QLatin1Char('\n') || !(c.category() == QChar::Other_Control))
            clean += c;
    }
    return clean;
}

// At most the first `length` characters of `text`, never splitting a grapheme (a letter with
// its accents, an emoji sequence, a surrogate pair).
QString graphemePrefix(const QString &text, int length)
{
    if (text.size() <= length)
        return text;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    graphemes.setPosition(length);
    if (!graphemes.isAtBoundary())
        graphemes.toPreviousBoundary();
    return text.left(std::max<qsizetype>(graphemes.position(), 0));
}

// Appends the lines of one paragraph, stopping once `lines` holds `maxLines` + 1 lines: the
// caller cuts there, and laying out the rest of a long paragraph would only cost time.
void appendParagraph(const QString &paragraph, const QFont &font, qreal maxWidth, int maxLines,
                     std::vector<TextBlock::Line> &lines)
{
    if (paragraph.trimmed().isEmpty()) {
        lines.push_back({QString(), 0});
        return;
    }
    QTextLayout layout(paragraph, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(false);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        if (static_cast<int>(lines.size()) > maxLines)
            break;
        line.setLineWidth(maxWidth);
        const QString text = paragraph.mid(line.textStart(), line.textLength()).trimmed();
        lines.push_back({text, line.naturalTextWidth()});
    }
    layout.endLayout();
}

} // namespace

bool isSimpleScript(const QString &text)
{
    for (const QChar c : text) {
        switch (c.script()) {
        case QChar::Script_Common:
        case QChar::Script_Inherited:
        case QChar::Script_Latin:
        case QChar::Script_Greek:
        case QChar::Script_Cyrillic:
            break;
        default:
            return false;
        }
    }
    return true;
}

TextBlock wrapText(const QString &text, const QFont &font, qreal maxWidth, int maxLines)
{
    TextBlock block;
    block.font = font;
    // Only the beginning of a very long text is measured (a megabyte-long word would take
    // minutes to break into lines); a cut text ends with an ellipsis like one with too many lines.
    const QString measured = graphemePrefix(text, layoutlimits::maxMeasuredTextLength);
    const bool cut = measured.size() < text.size();
    // Text in simple scripts is laid out without shaping, which leaves out ligatures ("ﬁ",
    // "ﬂ"): PDF text then extracts and searches as the letters the user typed. Arabic, Hebrew,
    // Indic and other scripts keep full shaping. (Qt 6.4 has no per-feature switch.)
    if (isSimpleScript(measured))
        block.font.setStyleStrategy(QFont::PreferNoShaping);
    const QFontMetricsF metrics(block.font);
    block.lineHeight = std::ceil(metrics.lineSpacing());
    block.ascent = metrics.ascent();
    const QString clean = printable(measured);
    if (clean.trimmed().isEmpty())
        return block;
    const QStringList paragraphs = clean.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        appendParagraph(paragraph, block.font, maxWidth, maxLines, block.lines);
        if (static_cast<int>(block.lines.size()) > maxLines)
            break;
    }
    while (!block.lines.empty() && block.lines.back().text.isEmpty())
        block.lines.pop_back();
    if (!block.lines.empty() && (cut || static_cast<int>(block.lines.size()) > maxLines)) {
        block.lines.resize(std::min(block.lines.size(), static_cast<std::size_t>(maxLines)));
        TextBlock::Line &last = block.lines.back();
        last.text = metrics.elidedText(last.text + QStringLiteral(" …"), Qt::ElideRight, maxWidth);
        if (!last.text.endsWith(QChar(0x2026)))
            last.text += QChar(0x2026);
        last.width = metrics.horizontalAdvance(last.text);
    }
    for (TextBlock::Line &l : block.lines)
        l.width = std::min(l.width, maxWidth);
    return block;
}

} // namespace kdd
