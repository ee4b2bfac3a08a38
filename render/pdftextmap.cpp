#include "pdftextmap.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace kdd {
namespace {

const QByteArray kCMapStart = QByteArrayLiteral("/CIDInit /ProcSet findresource begin\n");
const QByteArray kRangesStart = QByteArrayLiteral("endcodespacerange\n");
const QByteArray kCMapEnd = QByteArrayLiteral("endcmap\n");

// Code points that a font's character map shares with an ordinary character, so Qt's reverse
// lookup may name them instead of the character drawn.
bool isCompatibilityForm(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF)  // CJK radicals supplement, Kangxi radicals
        || (c >= 0xF900 && c <= 0xFAFF)  // CJK compatibility ideographs
        || (c >= 0xFB00 && c <= 0xFDFF)  // Latin, Armenian, Hebrew, Arabic presentation forms
        || (c >= 0xFE70 && c <= 0xFEFE); // Arabic presentation forms B
}

QString normalised(const QString &text)
{
    QString out;
    for (const char32_t c : text.toUcs4()) {
        if (c > 0 && c < 0x20)
            out += QLatin1Char(' '); // a glyph is never drawn for a control character
        else if (isCompatibilityForm(c))
            out += QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString fromUtf16Hex(const QByteArray &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    QString text;
    for (int i = 0; i + 1 < bytes.size(); i += 2)
        text += QChar(char16_t((uchar(bytes[i]) << 8) | uchar(bytes[i + 1])));
    return text;
}

QByteArray toUtf16Hex(const QString &text)
{
    QByteArray hex;
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex;
}

// The glyph (CID) to text map of one ToUnicode CMap body (what lies between the code space
// ranges and "endcmap"), or nothing when it holds anything this does not understand.
std::optional<std::map<int, QString>> parseMappings(const QByteArray &body)
{
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]*)>|\\[|\\]|[a-z]+|\\d+"));
    std::map<int, QString> map;
    enum class Section { None, Range, Char } section = Section::None;
    std::vector<QByteArray> operands; // hex strings of the entry being read
    std::vector<QByteArray> array;    // destinations of a range written as an array
    bool inArray = false;
    auto it = token.globalMatch(QString::fromLatin1(body));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString t = m.captured(0);
        if (t == QLatin1String("beginbfrange") || t == QLatin1String("beginbfchar")) {
            section = t == QLatin1String("beginbfrange") ? Section::Range : Section::Char;
            operands.clear();
        } else if (t == QLatin1String("endbfrange") || t == QLatin1String("endbfchar")) {
            if (!operands.empty() || inArray)
                return std::nullopt;
            section = Section::None;
        } else if (t == QLatin1String("[")) {
            if (section != Section::Range || operands.size() != 2)
                return std::nullopt;
            inArray = true;
            array.clear();
        } else if (t == QLatin1String("]")) {
            if (!inArray)
                return std::nullopt;
            inArray = false;
            const int lo = operands[0].toInt(nullptr, 16);
            for (std::size_t i = 0; i < array.size(); ++i)
                map[lo + int(i)] = fromUtf16Hex(array[i]);
            operands.clear();
        } else if (t.startsWith(QLatin1Char('<'))) {
            const QByteArray hex = m.captured(1).toLatin1();
            if (inArray) {
                array.push_back(hex);
                continue;
            }
            operands.push_back(hex);
            if (section == Section::Char && operands.size() == 2) {
                map[operands[0].toInt(nullptr, 16)] = fromUtf16Hex(operands[1]);
                operands.clear();
            } else if (section == Section::Range && operands.size() == 3) {
                const int lo = operands[0].toInt(nullptr, 16);
                const int hi = operands[1].toInt(nullptr, 16);
                QString first = fromUtf16Hex(operands[2]);
                if (first.isEmpty() || hi < lo)
                    return std::nullopt;
                for (int cid = lo; cid <= hi; ++cid) {
                    QString dest = first;
                    dest.back() = QChar(char16_t(first.back().unicode() + (cid - lo)));
                    map[cid] = dest;
                }
                operands.clear();
            } else if (section == Section::None) {
                return std::nullopt;
            }
        } else if (section != Section::None) {
            // Counts before "begin..." are outside a section; any other word inside one is not
            // something Qt writes.
            return std::nullopt;
        }
    }
    if (section != Section::None || inArray)
        return std::nullopt;
    return map;
}

QByteArray writeMappings(const std::map<int, QString> &map)
{
    QByteArray out;
    std::vector<std::pair<int, QString>> entries(map.begin(), map.end());
    for (std::size_t i = 0; i < entries.size(); i += 100) { // at most 100 entries a block
        const std::size_t n = std::min<std::size_t>(100, entries.size() - i);
        out += QByteArray::number(qulonglong(n)) + " beginbfchar\n";
        for (std::size_t j = i; j < i + n; ++j) {
            out += '<' + QByteArray::number(entries[j].first, 16).rightJustified(4, '0').toUpper()
                 + "> <" + toUtf16Hex(entries[j].second) + ">\n";
        }
        out += "endbfchar\n";
    }
    return out;
}

// One stretch of the file to replace.
struct Edit
{
    int at = 0;
    int length = 0;
    QByteArray with;
};

// The repaired replacement of the ToUnicode stream whose data starts at `dataStart`, from its
// dictionary to the end of its data; nothing when it needs no change or is not understood.
std::optional<Edit> repairedStream(const QByteArray &pdf, int dataStart)
{
    static const QRegularExpression dictionary(QStringLiteral("<< /Length (\\d+) >>\\nstream\\n$"));
    const int dictStart = pdf.lastIndexOf("<< /Length ", dataStart);
    if (dictStart < 0 || dataStart - dictStart > 40)
        return std::nullopt;
    const QRegularExpressionMatch dict =
        dictionary.match(QString::fromLatin1(pdf.mid(dictStart, dataStart - dictStart)));
    if (!dict.hasMatch())
        return std::nullopt;
    const int length = dict.captured(1).toInt();
    if (dataStart + length > pdf.size() || !pdf.mid(dataStart + length).startsWith("\nendstream"))
        return std::nullopt;
    const QByteArray data = pdf.mid(dataStart, length);
    const int rangesStart = data.indexOf(kRangesStart);
    const int rangesEnd = data.indexOf(kCMapEnd);
    if (rangesStart < 0 || rangesEnd < rangesStart)
        return std::nullopt;
    const int bodyStart = rangesStart + kRangesStart.size();
    const auto mappings = parseMappings(data.mid(bodyStart, rangesEnd - bodyStart));
    if (!mappings)
        return std::nullopt;
    std::map<int, QString> repaired;
    bool changed = false;
    for (const auto &[cid, text] : *mappings) {
        const QString fixed = cid == 0 ? text : normalised(text);
        changed = changed || fixed != text;
        repaired[cid] = fixed;
    }
    if (!changed)
        return std::nullopt;
    const QByteArray newData = data.left(bodyStart) + writeMappings(repaired) + data.mid(rangesEnd);
    Edit edit;
    edit.at = dictStart;
    edit.length = dataStart + length - dictStart;
    edit.with = "<< /Length " + QByteArray::number(newData.size()) + " >>\nstream\n" + newData;
    return edit;
}

// Where the byte at old offset `offset` is after `edits` (sorted, none containing it).
qint64 shifted(qint64 offset, const std::vector<Edit> &edits)
{
    qint64 moved = offset;
    for (const Edit &e : edits) {
        if (e.at < offset)
            moved += e.with.size() - e.length;
    }
    return moved;
}

// Moves the cross-reference table's offsets and "startxref" past the edits; false when the
// file's tail is not a single classic table.
bool shiftCrossReferences(QByteArray &pdf, const std::vector<Edit> &edits)
{
    static const QRegularExpression start(QStringLiteral("startxref\\n(\\d+)\\s*\\n%%EOF\\s*$"));
    static const QRegularExpression header(QStringLiteral("^xref\\n0 (\\d+)\\s*\\n"));
    static const QRegularExpression entry(QStringLiteral("^(\\d{10}) (\\d{5}) ([nf]) ?\\n"));
    const int startAt = pdf.lastIndexOf("startxref\n");
    if (startAt < 0)
        return false;
    const QRegularExpressionMatch s = start.match(QString::fromLatin1(pdf.mid(startAt)));
    const qint64 xref = s.hasMatch() ? shifted(s.captured(1).toLongLong(), edits) : -1;
    if (xref < 0 || xref >= pdf.size())
        return false;
    const QString tail = QString::fromLatin1(pdf.mid(xref));
    const QRegularExpressionMatch head = header.match(tail);
    if (!head.hasMatch())
        return false;
    QString table = head.captured(0);
    int pos = int(head.capturedEnd(0));
    const int count = head.captured(1).toInt();
    for (int i = 0; i < count; ++i) {
        const QRegularExpressionMatch e = entry.match(tail.mid(pos, 21));
        if (!e.hasMatch())
            return false;
        qint64 offset = e.captured(1).toLongLong();
        if (e.captured(3) == QLatin1String("n"))
            offset = shifted(offset, edits);
        table += QStringLiteral("%1 %2 %3 \n")
                     .arg(offset, 10, 10, QLatin1Char('0'))
                     .arg(e.captured(2), e.captured(3));
        pos += int(e.capturedLength(0));
    }
    QString rest = tail.mid(pos);
    const int number = int(rest.lastIndexOf(QLatin1String("startxref\n"))) + 10;
    if (number < 10)
        return false;
    rest.replace(number, s.capturedLength(1), QString::number(xref));
    pdf = pdf.left(xref) + table.toLatin1() + rest.toLatin1();
    return true;
}

} // namespace

int repairPdfTextMapping(QByteArray &pdf)
{
    const QByteArray marker = "stream\n" + kCMapStart;
    std::vector<Edit> edits;
    for (int at = pdf.indexOf(marker); at >= 0; at = pdf.indexOf(marker, at + 1)) {
        if (const auto edit = repairedStream(pdf, at + int(qstrlen("stream\n"))))
            edits.push_back(*edit);
    }
    if (edits.empty())
        return 0;
    QByteArray repaired = pdf;
    for (auto e = edits.rbegin(); e != edits.rend(); ++e)
        repaired.replace(e->at, e->length, e->with);
    if (!shiftCrossReferences(repaired, edits))
        return 0;
    pdf = repaired;
    return int(edits.size());
}

} // namespace kdd
