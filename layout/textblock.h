#pragma once

#include <QFont>
#include <QString>

#include <vector>

namespace kdd {

// Text broken into lines for a given font and width, with the metrics needed to draw it.
// Both the layout (to size boxes) and every painter (to draw them) use the same lines, so text
// wraps identically on screen and in every exported file.
struct TextBlock
{
    struct Line
    {
        QString text;
        qreal width = 0; // advance width of the line, in layout units
    };

    std::vector<Line> lines;
    QFont font;
    qreal lineHeight = 0; // distance between baselines
    qreal ascent = 0;     // baseline offset of the first line from the block's top

    qreal width() const; // the widest line
    qreal height() const { return lineHeight * static_cast<qreal>(lines.size()); }
    bool isEmpty() const { return lines.empty(); }
    // The lines joined by spaces (what a reader of the box sees).
    QString plainText() const;
};

// Wraps `text` at word boundaries (Unicode line-breaking rules, so CJK and RTL text break
// correctly) so that no line is wider than `maxWidth`; a single word longer than that is broken
// inside the word (never inside a grapheme). Explicit newlines start a new line. At most
// `maxLines` lines and the first layoutlimits::maxMeasuredTextLength characters are kept, so no
// text makes layout slow; if text is cut, the last line ends with an ellipsis.
TextBlock wrapText(const QString &text, const QFont &font, qreal maxWidth, int maxLines = 60);

// Whether every character is in a script that reads correctly without OpenType shaping (Latin,
// Greek, Cyrillic): such text is drawn unshaped, without ligatures ("ﬁ"), so that text taken
// from a PDF is the letters the user typed.
bool isSimpleScript(const QString &text);

} // namespace kdd
