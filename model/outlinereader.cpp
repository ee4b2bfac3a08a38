// Markdown outline import: reads back what markdownoutline.cpp writes. The grammar is documented
// in docs/text-formats.md; change the writer, this reader and the document together.
#include "outlinereader.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>
#include <map>
#include <queue>
#include <vector>

namespace kdd {
namespace {

// Problems are for the person who opens the file: in the program's language. The format's own
// words (JSON members, column names) stay as the format spells them.
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Reader)
};

// Undoes the writer's escapes: a backslash makes the next character literal and an unescaped
// `&#N;` is the character N (the writer escapes every literal `&`, so the two cannot clash).
QString unescape(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == QLatin1Char('\\') && i + 1 < s.size()) {
            out += s[++i];
            continue;
        }
        if (c == QLatin1Char('&') && i + 2 < s.size() && s[i + 1] == QLatin1Char('#')) {
            const int end = s.indexOf(QLatin1Char(';'), i + 2);
            bool ok = false;
            const uint code = end > i + 2 ? s.mid(i + 2, end - i - 2).toUInt(&ok) : 0;
            if (ok && code < 0x10000 && !QChar::isSurrogate(code)) {
                out += QChar(static_cast<ushort>(code));
                i = end;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// Position of the first `c` at or after `from` that no backslash escapes, or -1.
int findUnescaped(const QString &s, QChar c, int from = 0)
{
    for (int i = from; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('\\'))
            ++i;
        else if (s[i] == c)
            return i;
    }
    return -1;
}

// The id of a `{#…}` tag that starts at `start`; `end` gets the position after its `}`.
std::optional<QString> readTag(const QString &s, int start, int *end)
{
    if (start < 0 || !s.mid(start).startsWith(QLatin1String("{#")))
        return std::nullopt;
    const int close = findUnescaped(s, QLatin1Char('}'), start + 2);
    if (close < 0)
        return std::nullopt;
    *end = close + 1;
    const QString id = unescape(s.mid(start + 2, close - start - 2));
    if (id.isEmpty())
        return std::nullopt;
    return id;
}

struct KindName
{
    QString name;
    NodeKind kind;
    AimRole role;
    int level;
};

std::vector<KindName> kindNames()
{
    std::vector<KindName> names;
    for (AimRole role : {AimRole::Global, AimRole::Smart, AimRole::Unspecified})
        names.push_back({displayName(role), NodeKind::Aim, role, 1});
    for (int level = 1; level <= 3; ++level)
        names.push_back(
            {displayName(NodeKind::Driver, level), NodeKind::Driver, AimRole::Unspecified, level});
    names.push_back({displayName(NodeKind::Change, 1), NodeKind::Change, AimRole::Unspecified, 1});
    return names;
}

// One line of a tree section.
struct Entry
{
    int line = 0;
    int depth = 0;
    bool reference = false;
    QString id;
    QString kindName; // as written, to check a reference against the box it names
    LinkStrength strength = LinkStrength::Strong;
    int parent = -1; // index of the entry above it, -1 at the top level
    int section = 0; // 0 "Diagram", 1 "Not linked"
};

// Reads the whole file into a diagram, or collects the problems. Nodes are put in an order that
// makes the writer list every set of siblings as the file does, so writing gives the same bytes.
class MarkdownReader
{
public:
    MarkdownReader(const QByteArray &bytes, const QString &fileName)
        : m_file(fileName), m_kinds(kindNames())
    {
        QString text = QString::fromUtf8(bytes);
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        m_lines = text.split(QLatin1Char('\n'));
        for (QString &line : m_lines) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
        }
    }

    LoadResult read()
    {
        LoadResult result;
        parse();
        if (m_problems.empty())
            build();
        if (!m_problems.empty()) {
            result.problems = m_problems;
            return result;
        }
        result.diagram = std::move(m_diagram);
        result.lines.nodes = m_nodeLines;
        result.lines.measures = m_measureLines;
        return result;
    }

private:
    enum class Section { Header, Diagram, NotLinked, Measures };

    void problem(int line, const QString &message)
    {
        if (m_problems.size() < 50)
            m_problems.push_back({m_file, line, 0, message});
    }

    void parse()
    {
        int first = 0;
        while (first < m_lines.size() && m_lines[first].trimmed().isEmpty())
            ++first;
        if (first == m_lines.size() || !m_lines[first].startsWith(QLatin1String("# "))) {
            problem(first + 1, ReaderText::tr("expected the title line '# <title>' of a "
                                              "KeyDriver Markdown outline"));
            return;
        }
        const QString title = unescape(m_lines[first].mid(2));
        m_diagram.setTitle(title == QLatin1String("Key driver diagram") ? QString() : title);
        Section section = Section::Header;
        bool tableHeader = false;
        for (int i = first + 1; i < m_lines.size() && m_problems.size() < 50; ++i) {
            const QString &line = m_lines[i];
            const int number = i + 1;
            if (line.trimmed().isEmpty())
                continue;
            if (line.startsWith(QLatin1String("## "))) {
                const QString name = line.mid(3).trimmed();
                if (name == QLatin1String("Diagram"))
                    section = Section::Diagram;
                else if (name == QLatin1String("Not linked"))
                    section = Section::NotLinked;
                else if (name == QLatin1String("Measures"))
                    section = Section::Measures;
                else
                    problem(number, ReaderText::tr("unknown section '%1' (expected Diagram, "
                                                   "Not linked or Measures)")
                                        .arg(name));
                tableHeader = false;
                continue;
            }
            switch (section) {
            case Section::Header:
                readMetadata(line, number);
                break;
            case Section::Diagram:
            case Section::NotLinked:
                // A `*` bullet is a note for readers (a change idea's PDSA cycles), no box.
                if (line.trimmed().startsWith(QLatin1String("* ")))
                    break;
                readEntry(line, number, section == Section::Diagram ? 0 : 1);
                break;
            case Section::Measures:
                if (!tableHeader) {
                    if (!line.startsWith(QLatin1String("| Measure |")))
                        problem(number, ReaderText::tr("expected the measures table header"));
                    tableHeader = true;
                } else if (line.startsWith(QLatin1String("|---"))) {
                    continue;
                } else {
                    readMeasure(line, number);
                }
                break;
            }
        }
    }

    void readMetadata(const QString &line, int number)
    {
        static const QLatin1String start("- **");
        const int close = line.indexOf(QLatin1String(":** "));
        if (!line.startsWith(start) || close < 0) {
            problem(number, ReaderText::tr("expected a line '- **<item>:** <text>' before the "
                                           "first section"));
            return;
        }
        const QString label = line.mid(start.size(), close - start.size());
        const QString value = unescape(line.mid(close + 4));
        Metadata meta = m_diagram.metadata();
        if (label == QLatin1String("Team"))
            meta.team = value;
        else if (label == QLatin1String("Leaders"))
            meta.leaders = value.split(QStringLiteral("; "));
        else if (label == QLatin1String("Revision"))
            meta.revision = value;
        else if (label == QLatin1String("Revision date"))
            meta.revisionDate = value;
        else if (label == QLatin1String("Population"))
            meta.population = value;
        else if (label == QLatin1String("Equity statement"))
            meta.equityStatement = value;
        else
            problem(number, ReaderText::tr("unknown item '%1'").arg(label));
        m_diagram.setMetadata(meta);
    }

    const KindName *kindNamed(const QString &name) const
    {
        for (const KindName &k : m_kinds) {
            if (k.name == name)
                return &k;
        }
        return nullptr;
    }

    void readEntry(const QString &line, int number, int section)
    {
        int spaces = 0;
        while (spaces < line.size() && line[spaces] == QLatin1Char(' '))
            ++spaces;
        Entry entry;
        entry.line = number;
        entry.section = section;
        entry.depth = spaces / 2;
        if (spaces % 2 != 0) {
            problem(number, ReaderText::tr("indentation must be two spaces per level"));
            return;
        }
        // The parent is the nearest entry above in this section that is one level up.
        const int previous = m_entries.empty() || m_entries.back().section != section
                               ? -1
                               : static_cast<int>(m_entries.size()) - 1;
        const int previousDepth = previous < 0 ? -1 : m_entries[previous].depth;
        if (entry.depth > previousDepth + 1) {
            problem(number, ReaderText::tr("indented more than one level below the line above"));
            return;
        }
        int parent = previous;
        while (parent >= 0 && m_entries[parent].depth >= entry.depth)
            parent = m_entries[parent].parent;
        entry.parent = parent;
        if (parent >= 0 && m_entries[parent].reference) {
            problem(number, ReaderText::tr("a reference (↪) line cannot have boxes below it"));
            return;
        }
        const QString rest = line.mid(spaces);
        const bool ok = rest.startsWith(QStringLiteral("- \u21aa "))
                          ? readReference(rest.mid(4), entry)
                          : readFull(rest, entry);
        if (!ok)
            return;
        if (entry.parent < 0 && entry.reference) {
            problem(number, ReaderText::tr("a reference (↪) line needs a box above it"));
            return;
        }
        if (entry.parent < 0 && entry.strength == LinkStrength::Weak) {
            problem(number, ReaderText::tr("'(weak)' on a box that has no box above it"));
            return;
        }
        m_entries.push_back(entry);
    }

    // `- **<Kind>:**[ [<status>]][ (weak)][ <text>] {#<id>}`
    bool readFull(const QString &rest, Entry &entry)
    {
        const int close = rest.indexOf(QLatin1String(":**"));
        if (!rest.startsWith(QLatin1String("- **")) || close < 0) {
            problem(entry.line, ReaderText::tr("expected a box '- **<Kind>:** <text> {#<id>}' "
                                               "or a reference '- ↪ <Kind>: … (see {#<id>})'"));
            return false;
        }
        const QString name = rest.mid(4, close - 4);
        const KindName *kind = kindNamed(name);
        if (!kind) {
            problem(entry.line, ReaderText::tr("unknown kind of box '%1'").arg(name));
            return false;
        }
        Node node;
        node.kind = kind->kind;
        node.role = kind->role;
        node.level = kind->level;
        QString tail = rest.mid(close + 3);
        if (tail.startsWith(QLatin1String(" ["))) {
            const int end = tail.indexOf(QLatin1Char(']'));
            const auto status = end < 0 ? std::nullopt : parseChangeStatus(tail.mid(2, end - 2));
            if (!status || !node.isChange()) {
                problem(entry.line, node.isChange()
                                        ? ReaderText::tr("unknown status '%1'").arg(tail.mid(2))
                                        : ReaderText::tr("only change ideas have a status"));
                return false;
            }
            node.status = *status;
            tail = tail.mid(end + 1);
        }
        if (tail.startsWith(QLatin1String(" (weak)"))) {
            entry.strength = LinkStrength::Weak;
            tail = tail.mid(7);
        }
        const int tagStart = findUnescaped(tail, QLatin1Char('{'));
        int tagEnd = 0;
        const std::optional<QString> id = readTag(tail, tagStart, &tagEnd);
        if (!id || tagEnd != tail.size()) {
            problem(entry.line, ReaderText::tr("the line must end with the box's id, as {#id}"));
            return false;
        }
        const QString before = tail.left(tagStart);
        if (before != QLatin1String(" ")) {
            if (before.size() < 3 || !before.startsWith(QLatin1Char(' '))
                || !before.endsWith(QLatin1Char(' '))) {
                problem(entry.line, ReaderText::tr("expected one space around the box text"));
                return false;
            }
            node.text = unescape(before.mid(1, before.size() - 2));
        }
        node.id = *id;
        entry.id = *id;
        entry.kindName = name;
        if (m_nodeLines.contains(*id)) {
            problem(entry.line, ReaderText::tr("the id '%1' is used by another box (line %2); "
                                               "repeat a box with a ↪ reference line")
                                    .arg(*id)
                                    .arg(m_nodeLines.value(*id)));
            return false;
        }
        m_nodeLines.insert(*id, entry.line);
        m_nodeIndex.insert(*id, static_cast<int>(m_nodes.size()));
        m_nodes.push_back(node);
        return true;
    }

    // `<Kind>:[ (weak)][ <text>] (see {#<id>})`, after the `- ↪ `.
    bool readReference(const QString &rest, Entry &entry)
    {
        entry.reference = true;
        const int colon = rest.indexOf(QLatin1Char(':'));
        entry.kindName = colon < 0 ? QString() : rest.left(colon);
        if (!kindNamed(entry.kindName)) {
            problem(entry.line, ReaderText::tr("unknown kind of box '%1'").arg(entry.kindName));
            return false;
        }
        const QString tail = rest.mid(colon + 1);
        if (tail.startsWith(QLatin1String(" (weak)")))
            entry.strength = LinkStrength::Weak;
        const int tagStart = findUnescaped(tail, QLatin1Char('{'));
        int tagEnd = 0;
        const std::optional<QString> id = readTag(tail, tagStart, &tagEnd);
        if (!id || tagStart < 6 || tail.mid(tagStart - 6, 6) != QLatin1String(" (see ")
            || tail.mid(tagEnd) != QLatin1String(")")) {
            problem(entry.line, ReaderText::tr("a reference line must end with (see {#id})"));
            return false;
        }
        entry.id = *id;
        return true;
    }

    void readMeasure(const QString &line, int number)
    {
        QStringList cells;
        if (!line.startsWith(QLatin1Char('|'))) {
            problem(number, ReaderText::tr("expected a row of the measures table"));
            return;
        }
        int start = 1;
        for (int bar = findUnescaped(line, QLatin1Char('|'), 1); bar >= 0;
             bar = findUnescaped(line, QLatin1Char('|'), start)) {
            QString cell = line.mid(start, bar - start);
            if (cell.startsWith(QLatin1Char(' ')))
                cell.remove(0, 1);
            if (cell.endsWith(QLatin1Char(' ')))
                cell.chop(1);
            cells << cell;
            start = bar + 1;
        }
        if (cells.size() != 8 || !line.mid(start).trimmed().isEmpty()) {
            problem(number,
                    ReaderText::tr("a measure row needs 8 cells, found %1").arg(cells.size()));
            return;
        }
        Measure m;
        const int tagStart = findUnescaped(cells[0], QLatin1Char('{'));
        int tagEnd = 0;
        const std::optional<QString> id = readTag(cells[0], tagStart, &tagEnd);
        if (!id || tagEnd != cells[0].size()) {
            problem(number, ReaderText::tr("the measure's name must end with its id, as {#id}"));
            return;
        }
        m.id = *id;
        QString name = cells[0].left(tagStart);
        if (!name.isEmpty()) {
            if (!name.endsWith(QLatin1Char(' '))) {
                problem(number, ReaderText::tr("expected a space before the measure's id"));
                return;
            }
            name.chop(1);
            m.name = unescape(name);
        }
        const auto type = parseMeasureType(cells[1]);
        if (!type) {
            problem(number, ReaderText::tr("unknown type of measure '%1'").arg(cells[1]));
            return;
        }
        m.type = *type;
        m.numerator = unescape(cells[2]);
        m.denominator = unescape(cells[3]);
        m.source = unescape(cells[4]);
        m.target = unescape(cells[5]);
        const QString strata = unescape(cells[6]);
        if (!strata.isEmpty())
            m.stratifyBy = strata.split(QStringLiteral(", "));
        QString attached = cells[7];
        while (!attached.isEmpty()) {
            int end = 0;
            const std::optional<QString> node = readTag(attached, 0, &end);
            if (!node) {
                problem(number, ReaderText::tr("'Attached to' must list box ids as {#id}"));
                return;
            }
            if (m.nodes.contains(*node)) {
                problem(number, ReaderText::tr("'Attached to' lists {#%1} twice").arg(*node));
                return;
            }
            m.nodes << *node;
            attached = attached.mid(end);
            if (attached.startsWith(QLatin1Char(' ')))
                attached.remove(0, 1);
        }
        if (m_measureLines.contains(m.id)) {
            problem(number, ReaderText::tr("the measure id '%1' is used twice (line %2)")
                                .arg(m.id)
                                .arg(m_measureLines.value(m.id)));
            return;
        }
        m_measureLines.insert(m.id, number);
        m_measures.push_back({m, number});
    }

    // The order of the nodes: every list of siblings (and each section's top level) must come
    // out as written; otherwise boxes keep the order in which they were first written in full.
    std::vector<int> nodeOrder() const
    {
        const std::size_t count = m_nodes.size();
        std::vector<std::vector<int>> after(count);
        std::vector<int> before(count, 0);
        std::map<std::pair<int, int>, int> lastChild; // (section, parent entry) -> node
        QSet<std::pair<int, int>> edges;
        for (const Entry &e : m_entries) {
            const int node = m_nodeIndex.value(e.id);
            const auto key = std::make_pair(e.parent < 0 ? e.section : 2, e.parent);
            const auto found = lastChild.find(key);
            if (found != lastChild.end() && found->second != node
                && !edges.contains({found->second, node})) {
                edges.insert({found->second, node});
                after[static_cast<std::size_t>(found->second)].push_back(node);
                ++before[static_cast<std::size_t>(node)];
            }
            lastChild[key] = node;
        }
        // Kahn's algorithm, taking the earliest written box first; a contradiction (only in a
        // hand-edited file) is broken by taking the earliest box left.
        std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
        for (std::size_t i = 0; i < count; ++i) {
            if (before[i] == 0)
                ready.push(static_cast<int>(i));
        }
        std::vector<bool> done(count, false);
        std::vector<int> order;
        while (order.size() < count) {
            int next = -1;
            while (!ready.empty() && next < 0) {
                next = ready.top();
                ready.pop();
                if (done[static_cast<std::size_t>(next)])
                    next = -1;
            }
            if (next < 0) {
                for (std::size_t i = 0; i < count && next < 0; ++i) {
                    if (!done[i])
                        next = static_cast<int>(i);
                }
            }
            done[static_cast<std::size_t>(next)] = true;
            order.push_back(next);
            for (int n : after[static_cast<std::size_t>(next)]) {
                if (--before[static_cast<std::size_t>(n)] == 0)
                    ready.push(n);
            }
        }
        return order;
    }

    void build()
    {
        for (const int i : nodeOrder())
            m_diagram.insertNode(m_nodes[static_cast<std::size_t>(i)]);
        for (const Entry &e : m_entries) {
            const Node *node = m_diagram.node(e.id);
            if (!node) {
                problem(e.line, ReaderText::tr("no box has the id '%1'").arg(e.id));
                continue;
            }
            if (e.reference && displayName(*node) != e.kindName) {
                problem(e.line, ReaderText::tr("the box '%1' is a %2, not a %3")
                                    .arg(e.id, displayName(*node), e.kindName));
                continue;
            }
            if (e.parent < 0)
                continue;
            const Entry &parent = m_entries[static_cast<std::size_t>(e.parent)];
            const Node *from = m_diagram.node(parent.id);
            if (m_diagram.link(parent.id, e.id)) {
                problem(e.line, ReaderText::tr("'%1' is already below '%2'").arg(e.id, parent.id));
            } else if (!from || !m_diagram.addLink({parent.id, e.id, e.strength, {}})) {
                problem(e.line, ReaderText::tr("a %1 cannot be below a %2")
                                    .arg(displayName(*node, NameCase::Lower),
                                         from ? displayName(*from, NameCase::Lower) : QString()));
            }
        }
        for (const auto &[measure, line] : m_measures) {
            for (const QString &id : measure.nodes) {
                if (!m_diagram.contains(id)) {
                    problem(line, ReaderText::tr("the measure is attached to '%1', which no "
                                                 "box has as its id")
                                      .arg(id));
                }
            }
            if (m_problems.empty())
                m_diagram.insertMeasure(measure);
        }
    }

    QString m_file;
    std::vector<KindName> m_kinds;
    QStringList m_lines;
    std::vector<Problem> m_problems;
    Diagram m_diagram;
    std::vector<Node> m_nodes; // in the order first written in full
    QHash<QString, int> m_nodeIndex;
    QHash<QString, int> m_nodeLines;
    QHash<QString, int> m_measureLines;
    std::vector<Entry> m_entries;
    std::vector<std::pair<Measure, int>> m_measures;
};

} // namespace

LoadResult readMarkdownOutline(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > MaxFileBytes) {
        LoadResult result;
        result.problems.push_back(
            {fileName, 0, 0, ReaderText::tr("the file is too large to be an outline")});
        return result;
    }
    return MarkdownReader(bytes, fileName).read();
}

} // namespace kdd
