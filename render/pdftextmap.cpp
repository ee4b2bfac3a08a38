#include "pdftextmap.h"

#include <QRegularExpression>
#include <QString>
#include <QtEndian>

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

// One ToUnicode stream as QPdfWriter writes it.
struct CMapStream
{
    int object = 0;    // its object number
    int dictStart = 0; // where its dictionary starts, in the file
    int dataEnd = 0;   // where its data ends, in the file
    QByteArray head;   // its data up to the mappings
    QByteArray tail;   // its data from "endcmap"
    std::map<int, QString> mappings;
};

// The ToUnicode stream whose data starts at `dataStart`; nothing when it is not understood.
std::optional<CMapStream> readCMap(const QByteArray &pdf, int dataStart)
{
    static const QRegularExpression dictionary(
        QStringLiteral("\\n(\\d+) 0 obj\\n<< /Length (\\d+) >>\\nstream\\n$"));
    const int objectStart = pdf.lastIndexOf("\n", pdf.lastIndexOf(" 0 obj\n", dataStart));
    if (objectStart < 0 || dataStart - objectStart > 60)
        return std::nullopt;
    const QRegularExpressionMatch dict =
        dictionary.match(QString::fromLatin1(pdf.mid(objectStart, dataStart - objectStart)));
    if (!dict.hasMatch())
        return std::nullopt;
    const int length = dict.captured(2).toInt();
    if (dataStart + length > pdf.size() || !pdf.mid(dataStart + length).startsWith("\nendstream"))
        return std::nullopt;
    const QByteArray data = pdf.mid(dataStart, length);
    const int rangesStart = data.indexOf(kRangesStart);
    const int rangesEnd = data.indexOf(kCMapEnd);
    if (rangesStart < 0 || rangesEnd < rangesStart)
        return std::nullopt;
    const int bodyStart = rangesStart + kRangesStart.size();
    auto mappings = parseMappings(data.mid(bodyStart, rangesEnd - bodyStart));
    if (!mappings)
        return std::nullopt;
    CMapStream cmap;
    cmap.object = dict.captured(1).toInt();
    cmap.dictStart = pdf.lastIndexOf("<< /Length ", dataStart);
    cmap.dataEnd = dataStart + length;
    cmap.head = data.left(bodyStart);
    cmap.tail = data.mid(rangesEnd);
    cmap.mappings = std::move(*mappings);
    return cmap;
}

// The replacement of `cmap` from its dictionary to the end of its data, with its destinations
// normalised and `extra` added; nothing when that changes nothing.
std::optional<Edit> repaired(const CMapStream &cmap, const std::map<int, QString> &extra)
{
    std::map<int, QString> fixed = extra;
    bool changed = !extra.empty();
    for (const auto &[cid, text] : cmap.mappings) {
        const QString normal = cid == 0 ? text : normalised(text);
        changed = changed || normal != text;
        fixed[cid] = normal;
    }
    if (!changed)
        return std::nullopt;
    const QByteArray data = cmap.head + writeMappings(fixed) + cmap.tail;
    Edit edit;
    edit.at = cmap.dictStart;
    edit.length = cmap.dataEnd - cmap.dictStart;
    edit.with = "<< /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data;
    return edit;
}

// The ToUnicode object of each Type 0 font object, as QPdfWriter links them.
std::map<int, int> toUnicodeOfFonts(const QByteArray &pdf)
{
    static const QRegularExpression font(QStringLiteral(
        "\\n(\\d+) 0 obj\\n<< /Type /Font\\n/Subtype /Type0\\n[^>]*?/ToUnicode (\\d+) 0 R>>"));
    std::map<int, int> result;
    for (auto it = font.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result[m.captured(1).toInt()] = m.captured(2).toInt();
    }
    return result;
}

// The decompressed content streams of the pages, in page order; nothing when one cannot be
// read.
std::optional<std::vector<QByteArray>> pageContents(const QByteArray &pdf)
{
    static const QRegularExpression contents(QStringLiteral("/Contents (\\d+) 0 R"));
    std::vector<QByteArray> pages;
    const QString text = QString::fromLatin1(pdf);
    for (auto it = contents.globalMatch(text); it.hasNext();) {
        const int object = it.next().captured(1).toInt();
        const QRegularExpression stream(
            QStringLiteral("\\n%1 0 obj\\n<<\\n/Length (\\d+) 0 R\\n/Filter /FlateDecode\\n>>\\n"
                           "stream\\n")
                .arg(object));
        const QRegularExpressionMatch s = stream.match(text);
        if (!s.hasMatch())
            return std::nullopt;
        const QRegularExpression lengthObject(
            QStringLiteral("\\n%1 0 obj\\n(\\d+)\\s*\\nendobj").arg(s.captured(1)));
        const QRegularExpressionMatch l = lengthObject.match(text);
        if (!l.hasMatch())
            return std::nullopt;
        const qsizetype length = l.captured(1).toLongLong();
        // qUncompress wants the expected size in front; it grows its buffer when that is short.
        QByteArray compressed(4, '\0');
        qToBigEndian(quint32(std::min<qsizetype>(length * 8, 1 << 26)), compressed.data());
        compressed += pdf.mid(s.capturedEnd(), length);
        const QByteArray content = qUncompress(compressed);
        if (content.isEmpty() && length > 8)
            return std::nullopt;
        pages.push_back(content);
    }
    return pages;
}

using GlyphUse = std::pair<int, int>; // font object, CID

// The glyphs the pages draw that `mapped` (per font object) gives no text, in drawing order.
// Glyphs drawn again for a synthesised bold (inside an empty ActualText span) are skipped.
std::optional<std::vector<GlyphUse>>
unmappedGlyphs(const QByteArray &pdf, const std::map<int, std::map<int, QString>> &mapped)
{
    static const QRegularExpression token(QStringLiteral(
        "/F(\\d+) [-\\d.]+ Tf|<([0-9A-Fa-f]{4})> Tj|/Span << /ActualText <> >> BDC|EMC"));
    const auto pages = pageContents(pdf);
    if (!pages)
        return std::nullopt;
    std::vector<GlyphUse> uses;
    for (const QByteArray &page : *pages) {
        int font = -1;
        bool repeated = false;
        for (auto it = token.globalMatch(QString::fromLatin1(page)); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString t = m.captured(0);
            if (t.startsWith(QLatin1String("/F"))) {
                font = m.captured(1).toInt();
            } else if (t.startsWith(QLatin1String("/Span"))) {
                repeated = true;
            } else if (t == QLatin1String("EMC")) {
                repeated = false;
            } else if (!repeated) {
                const int cid = m.captured(2).toInt(nullptr, 16);
                const auto maps = mapped.find(font);
                if (maps == mapped.end())
                    return std::nullopt;
                const auto text = maps->second.find(cid);
                if (cid != 0 && (text == maps->second.end() || text->second.isEmpty()))
                    uses.push_back({font, cid});
            }
        }
    }
    return uses;
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

int repairPdfTextMapping(QByteArray &pdf, const QStringList &outsideBmp)
{
    const QByteArray marker = "stream\n" + kCMapStart;
    std::vector<CMapStream> cmaps;
    for (int at = pdf.indexOf(marker); at >= 0; at = pdf.indexOf(marker, at + 1)) {
        if (auto cmap = readCMap(pdf, at + int(qstrlen("stream\n"))))
            cmaps.push_back(std::move(*cmap));
    }

    // The characters beyond U+FFFF, each drawn on its own, are the glyphs Qt left unmapped, in
    // the same order; unless the counts and the glyphs agree, they stay unmapped.
    std::map<int, std::map<int, QString>> extra; // per ToUnicode object
    if (!outsideBmp.isEmpty()) {
        std::map<int, std::map<int, QString>> mappedByFont;
        const std::map<int, int> toUnicode = toUnicodeOfFonts(pdf);
        for (const auto &[font, object] : toUnicode) {
            for (const CMapStream &cmap : cmaps) {
                if (cmap.object == object)
                    mappedByFont[font] = cmap.mappings;
            }
        }
        const auto uses = unmappedGlyphs(pdf, mappedByFont);
        bool agree = uses && uses->size() == std::size_t(outsideBmp.size());
        for (std::size_t i = 0; agree && i < uses->size(); ++i) {
            const auto [font, cid] = (*uses)[i];
            if (outsideBmp[int(i)].isEmpty())
                continue; // drawn where its glyph cannot be told from the others
            QString &text = extra[toUnicode.at(font)][cid];
            agree = text.isEmpty() || text == outsideBmp[int(i)];
            text = outsideBmp[int(i)];
        }
        if (!agree)
            extra.clear();
    }

    std::vector<Edit> edits;
    for (const CMapStream &cmap : cmaps) {
        if (const auto edit = repaired(cmap, extra[cmap.object]))
            edits.push_back(*edit);
    }
    if (edits.empty())
        return 0;
    QByteArray result = pdf;
    for (auto e = edits.rbegin(); e != edits.rend(); ++e)
        result.replace(e->at, e->length, e->with);
    if (!shiftCrossReferences(result, edits))
        return 0;
    pdf = result;
    return int(edits.size());
}

} // namespace kdd
