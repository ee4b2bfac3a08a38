// CSV import: a key driver diagram kept in a spreadsheet, one row per path (docs/text-formats.md).
#include "csvoutline.h"

#include "csvrecords.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <optional>
#include <vector>

namespace kdd {
namespace {

// Problems are for the person who opens the file: in the program's language. The format's own
// words (JSON members, column names) stay as the format spells them.
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Reader)
};

using csv::Record;
using csv::splitRecords;
using csv::SplitResult;

constexpr int MaxProblems = 50;
// A title or a blank row or two often sit above the header; further down it is not a header.
constexpr int HeaderSearchRows = 10;

// What a header cell names. The tree columns come first, in the order of the diagram.
enum class Role {
    GlobalAim,
    Aim,
    Primary,
    Secondary,
    Tertiary,
    Change,
    Status,
    Owner,
    Notes,
    Measure,
    None
};
constexpr int TreeRoles = 6;

Role roleOfHeader(const QString &cell)
{
    // "Primary driver(s)", "CHANGE IDEAS:", "secondary_driver" all name their column.
    QString s = cell.toLower();
    s.remove(QStringLiteral("(s)"));
    for (QChar &c : s) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    }
    s = s.simplified();
    static const QHash<QString, Role> names = [] {
        QHash<QString, Role> h;
        const auto add = [&h](Role role, std::initializer_list<const char *> words) {
            for (const char *w : words)
                h.insert(QString::fromLatin1(w), role);
        };
        add(Role::GlobalAim, {"global aim", "global aims", "overall aim", "vision"});
        add(Role::Aim, {"aim", "aims", "smart aim", "smart aims", "project aim", "aim statement",
                        "outcome aim"});
        add(Role::Primary,
            {"primary", "primary driver", "primary drivers", "key driver", "key drivers",
             "primary key driver", "driver", "drivers", "level 1 driver", "driver 1"});
        add(Role::Secondary, {"secondary", "secondary driver", "secondary drivers",
                              "secondary key driver", "level 2 driver", "driver 2"});
        add(Role::Tertiary,
            {"tertiary", "tertiary driver", "tertiary drivers", "level 3 driver", "driver 3"});
        add(Role::Change, {"change idea", "change ideas", "change", "changes", "idea", "ideas",
                           "intervention", "interventions", "change to test", "changes to test"});
        add(Role::Status, {"status", "state"});
        add(Role::Owner, {"owner", "lead", "responsible"});
        add(Role::Notes, {"notes", "note", "comment", "comments"});
        add(Role::Measure, {"measure", "measures"});
        return h;
    }();
    return names.value(s, Role::None);
}

QString roleName(Role role)
{
    switch (role) {
    case Role::GlobalAim:
        return ReaderText::tr("global aim");
    case Role::Aim:
        return ReaderText::tr("aim");
    case Role::Primary:
        return ReaderText::tr("primary driver");
    case Role::Secondary:
        return ReaderText::tr("secondary driver");
    case Role::Tertiary:
        return ReaderText::tr("tertiary driver");
    case Role::Change:
        return ReaderText::tr("change idea");
    case Role::Status:
        return ReaderText::tr("status");
    case Role::Owner:
        return ReaderText::tr("owner");
    case Role::Notes:
        return ReaderText::tr("notes");
    case Role::Measure:
        return QStringLiteral("measure");
    case Role::None:
        break;
    }
    return QString();
}

bool isBlank(const Record &r)
{
    for (const QString &f : r.fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

// Where the header is among the first rows and which field holds each role (-1: none).
struct Header
{
    int record = -1;
    std::array<int, static_cast<int>(Role::None)> field{};
    int recognised = 0;
};

Header findHeader(const std::vector<Record> &records)
{
    Header best;
    int seen = 0;
    for (std::size_t r = 0; r < records.size() && seen < HeaderSearchRows; ++r) {
        if (isBlank(records[r]))
            continue;
        ++seen;
        Header h;
        h.record = static_cast<int>(r);
        h.field.fill(-1);
        bool tree = false;
        for (int f = 0; f < records[r].fields.size(); ++f) {
            const Role role = roleOfHeader(records[r].fields[f]);
            if (role == Role::None)
                continue;
            ++h.recognised;
            tree = tree || static_cast<int>(role) < TreeRoles;
            if (h.field[static_cast<std::size_t>(role)] < 0)
                h.field[static_cast<std::size_t>(role)] = f;
        }
        if (tree)
            return h;
    }
    return best;
}

// A cell as box text: trimmed, line breaks kept as LF, other control characters as spaces.
QString boxText(const QString &cell)
{
    QString text = cell.trimmed();
    // Undo the guard our CSV export puts before a cell that would read as a formula.
    if (text.size() > 1 && text[0] == QLatin1Char('\'')
        && QStringLiteral("=+-@'\t\r").contains(text[1]))
        text.remove(0, 1);
    for (QChar &c : text) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    // A byte order mark inside the file (two exports pasted together) is no part of a text.
    text.remove(QChar(0xfeff));
    return text.trimmed();
}

// One level of the tree as the file has it: which field, which column of the diagram.
struct Level
{
    Role role;
    int field;
    int column; // 0 aims, 1-3 drivers, 4 change ideas
};

// Builds the diagram row by row, merging repeated cells into one box.
class CsvBuilder
{
public:
    CsvBuilder(const QString &fileName, const std::vector<Record> &records, const Header &header)
        : m_file(fileName), m_records(records), m_header(header)
    {
        for (int r = 0; r < TreeRoles; ++r) {
            const int f = header.field[static_cast<std::size_t>(r)];
            if (f < 0)
                continue;
            const Role role = static_cast<Role>(r);
            const int column = role == Role::GlobalAim || role == Role::Aim ? AimColumn
                             : role == Role::Change                         ? ChangeColumn
                                                    : r - static_cast<int>(Role::Aim);
            m_levels.push_back({role, f, column});
        }
    }

    LoadResult build()
    {
        LoadResult result;
        const Record &headerRecord = m_records[static_cast<std::size_t>(m_header.record)];
        checkHeader(headerRecord);
        // A row above the header with one cell is the diagram's title.
        for (int r = 0; r < m_header.record && m_problems.empty(); ++r) {
            const Record &rec = m_records[static_cast<std::size_t>(r)];
            QStringList cells;
            for (const QString &f : rec.fields) {
                if (!f.trimmed().isEmpty())
                    cells << f.simplified();
            }
            if (cells.size() == 1 && m_diagram.title().isEmpty())
                m_diagram.setTitle(boxText(cells.front()).simplified());
        }
        m_previous.assign(m_levels.size(), NodeId());
        for (std::size_t r = static_cast<std::size_t>(m_header.record) + 1;
             r < m_records.size() && m_problems.size() < MaxProblems; ++r) {
            if (!isBlank(m_records[r]))
                readRow(m_records[r]);
        }
        if (m_problems.empty() && m_diagram.nodes().empty())
            problem(headerRecord.line, ReaderText::tr("there is no row under the header to make "
                                                      "a box of"));
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
    void problem(int line, const QString &message)
    {
        if (m_problems.size() < MaxProblems)
            m_problems.push_back({m_file, line, 0, message});
    }

    void checkHeader(const Record &rec)
    {
        QHash<int, int> firstField; // role -> field
        for (int f = 0; f < rec.fields.size(); ++f) {
            const Role role = roleOfHeader(rec.fields[f]);
            if (role == Role::None)
                continue;
            const auto seen = firstField.constFind(static_cast<int>(role));
            if (seen != firstField.constEnd()) {
                problem(rec.line, ReaderText::tr("two columns name the %1: '%2' and '%3'")
                                      .arg(roleName(role), rec.fields[seen.value()].trimmed(),
                                           rec.fields[f].trimmed()));
            } else {
                firstField.insert(static_cast<int>(role), f);
            }
        }
        if (m_levels.empty() || m_levels.front().column != AimColumn)
            problem(rec.line, ReaderText::tr("the header has no aim column (name one 'Aim'): "
                                             "every path starts at an aim"));
    }

    QString cell(const Record &rec, int field) const
    {
        return field >= 0 && field < rec.fields.size() ? boxText(rec.fields[field]) : QString();
    }

    NodeId boxFor(const Level &level, std::size_t index, const NodeId &parent, const QString &text,
                  int line)
    {
        // A change idea is one box wherever it appears (an idea shared by drivers); a driver or
        // an aim is one box per parent, as the merged cells of a spreadsheet show it.
        const QString key = level.column == ChangeColumn
                              ? QStringLiteral("c\x1f") + text.simplified()
                              : QString::number(index) + QLatin1Char('\x1f') + parent
                                    + QLatin1Char('\x1f') + text.simplified();
        const auto found = m_boxes.constFind(key);
        if (found != m_boxes.constEnd())
            return found.value();
        Node node = m_diagram.newNodeInColumn(level.column);
        node.text = text;
        if (level.role == Role::GlobalAim)
            node.role = AimRole::Global;
        m_diagram.insertNode(node);
        m_boxes.insert(key, node.id);
        m_nodeLines.insert(node.id, line);
        return node.id;
    }

    void readRow(const Record &rec)
    {
        bool changed = false; // a cell of this row differs from the row above
        NodeId parent;
        std::vector<NodeId> current(m_levels.size());
        for (std::size_t k = 0; k < m_levels.size(); ++k) {
            const Level &level = m_levels[k];
            const QString text = cell(rec, level.field);
            NodeId box;
            if (text.isEmpty()) {
                // An empty cell repeats the row above (a merged cell), until a cell differs.
                if (!changed)
                    box = m_previous[k];
            } else {
                if (parent.isEmpty() && level.column != AimColumn) {
                    problem(rec.line,
                            ReaderText::tr("the %1 '%2' has no aim before it: fill in the aim in "
                                           "this row or in a row above")
                                .arg(roleName(level.role), text.simplified().left(60)));
                    return;
                }
                box = boxFor(level, k, parent, text, rec.line);
                changed = changed || box != m_previous[k];
            }
            if (box.isEmpty())
                continue;
            if (!parent.isEmpty() && !m_diagram.link(parent, box))
                m_diagram.addLink({parent, box, LinkStrength::Strong, {}});
            parent = box;
            current[k] = box;
        }
        m_previous = current;
        readDetails(rec, parent);
    }

    // Status, owner, notes and measure of the row's last box.
    void readDetails(const Record &rec, const NodeId &id)
    {
        const auto value = [&](Role role) {
            return cell(rec, m_header.field[static_cast<std::size_t>(role)]);
        };
        const QString status = value(Role::Status).simplified();
        const QString owner = value(Role::Owner).simplified();
        const QString notes = value(Role::Notes);
        const QString measure = value(Role::Measure).simplified();
        if (status.isEmpty() && owner.isEmpty() && notes.isEmpty() && measure.isEmpty())
            return;
        if (id.isEmpty()) {
            problem(rec.line, ReaderText::tr("this row has no box for its status, owner, notes or "
                                             "measure"));
            return;
        }
        Node node = *m_diagram.node(id);
        if ((!status.isEmpty() || !owner.isEmpty()) && !node.isChange()) {
            problem(rec.line, ReaderText::tr("a status or owner is for a change idea, but this "
                                             "row ends in '%1'")
                                  .arg(node.text.simplified().left(60)));
            return;
        }
        if (!status.isEmpty()) {
            const std::optional<ChangeStatus> parsed = parseChangeStatus(status.toLower());
            if (!parsed) {
                problem(rec.line, ReaderText::tr("unknown status '%1' (expected idea, testing, "
                                                 "adopted or abandoned)")
                                      .arg(status.left(60)));
                return;
            }
            if (!agrees(ReaderText::tr("status"), id, status.toLower(), rec.line))
                return;
            node.status = *parsed;
        }
        if (!owner.isEmpty()) {
            if (!agrees(ReaderText::tr("owner"), id, owner, rec.line))
                return;
            node.owner = owner;
        }
        if (!notes.isEmpty()) {
            if (!agrees(ReaderText::tr("notes"), id, notes, rec.line))
                return;
            node.notes = notes;
        }
        m_diagram.updateNode(node);
        if (!measure.isEmpty())
            attachMeasure(measure, node, rec.line);
    }

    // A box named in several rows (a shared idea) must get the same detail in each.
    bool agrees(const QString &what, const NodeId &id, const QString &value, int line)
    {
        const QString key = what + QLatin1Char('\x1f') + id;
        const auto given = m_details.constFind(key);
        if (given == m_details.constEnd()) {
            m_details.insert(key, {value, line});
            return true;
        }
        if (given.value().first == value)
            return true;
        problem(line, ReaderText::tr("the %1 '%2' differs from '%3' given at line %4 for the same "
                                     "box")
                          .arg(what, value.simplified().left(60),
                               given.value().first.simplified().left(60))
                          .arg(given.value().second));
        return false;
    }

    void attachMeasure(const QString &name, const Node &node, int line)
    {
        const MeasureId existing = m_measureIds.value(name);
        if (existing.isEmpty()) {
            Measure m;
            m.id = m_diagram.uniqueId(QStringLiteral("m"));
            m.name = name;
            m.type = node.isAim() ? MeasureType::Outcome : MeasureType::Process;
            m.nodes << node.id;
            m_diagram.insertMeasure(m);
            m_measureIds.insert(name, m.id);
            m_measureLines.insert(m.id, line);
            return;
        }
        Measure m = *m_diagram.measure(existing);
        if (!m.nodes.contains(node.id)) {
            m.nodes << node.id;
            m_diagram.updateMeasure(m);
        }
    }

    QString m_file;
    const std::vector<Record> &m_records;
    Header m_header;
    std::vector<Level> m_levels;
    std::vector<NodeId> m_previous; // the box of each level in the row above
    Diagram m_diagram;
    QHash<QString, NodeId> m_boxes;
    QHash<QString, std::pair<QString, int>> m_details; // detail of a box -> value, line
    QHash<QString, MeasureId> m_measureIds;
    QHash<NodeId, int> m_nodeLines;
    QHash<MeasureId, int> m_measureLines;
    std::vector<Problem> m_problems;
};

} // namespace

LoadResult readCsvOutline(const QByteArray &bytes, const QString &fileName)
{
    LoadResult result;
    if (bytes.size() > MaxFileBytes) {
        result.problems.push_back(
            {fileName, 0, 0, ReaderText::tr("the file is too large to be a spreadsheet")});
        return result;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    // The separator is the one that makes a header of the first rows: a comma, or the semicolon
    // of spreadsheets in languages that write decimal commas, or a tab.
    SplitResult best;
    Header bestHeader;
    std::optional<SplitResult> comma;
    for (const QChar separator : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        SplitResult split = splitRecords(text, separator);
        const Header header = findHeader(split.records);
        if (header.recognised > bestHeader.recognised) {
            bestHeader = header;
            best = split;
        }
        if (!comma)
            comma = std::move(split);
    }
    if (bestHeader.record < 0) {
        if (comma->errorLine > 0) {
            result.problems.push_back({fileName, comma->errorLine, 0, comma->error});
            return result;
        }
        int first = 1;
        for (const Record &r : comma->records) {
            if (!isBlank(r)) {
                first = r.line;
                break;
            }
        }
        result.problems.push_back(
            {fileName, first, 0,
             ReaderText::tr("no header recognised: the first rows name none of the columns Aim, "
                            "Primary driver, Secondary driver, Tertiary driver, Change idea")});
        return result;
    }
    if (best.errorLine > 0) {
        result.problems.push_back({fileName, best.errorLine, 0, best.error});
        return result;
    }
    return CsvBuilder(fileName, best.records, bestHeader).build();
}

} // namespace kdd
