#include "findtext.h"

#include "diagramtree.h"

#include <QSet>

namespace kdd {
namespace {

// Scripts whose diacritics a coach leaves out when typing fast (and keyboards make awkward).
bool dropsAccents(QChar::Script script)
{
    return script == QChar::Script_Latin || script == QChar::Script_Greek
        || script == QChar::Script_Cyrillic || script == QChar::Script_Common
        || script == QChar::Script_Inherited;
}

} // namespace

QString foldForFind(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    QChar::Script base = QChar::Script_Common;
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        // Whole code points, so that letters beyond the BMP keep their script.
        char32_t c = decomposed.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < decomposed.size()
            && decomposed.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(decomposed.at(i), decomposed.at(i + 1));
            ++i;
        }
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing && dropsAccents(base))
            continue;
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_SpacingCombining
            && category != QChar::Mark_Enclosing)
            base = QChar::script(c);
        folded += QString::fromUcs4(&c, 1);
    }
    return folded.toCaseFolded();
}

std::vector<NodeId> findBoxes(const Diagram &diagram, const QString &query)
{
    std::vector<NodeId> found;
    const QString needle = foldForFind(query).trimmed();
    if (needle.isEmpty())
        return found;
    QSet<NodeId> byMeasure;
    for (const Measure &m : diagram.measures()) {
        if (foldForFind(m.name).contains(needle)) {
            for (const QString &id : m.nodes)
                byMeasure.insert(id);
        }
    }
    const DiagramTree tree(diagram);
    const std::vector<Node> &nodes = diagram.nodes();
    for (const int i : tree.preorder()) {
        const Node &n = nodes[static_cast<std::size_t>(i)];
        if (byMeasure.contains(n.id) || foldForFind(n.text).contains(needle)
            || foldForFind(n.notes).contains(needle))
            found.push_back(n.id);
    }
    return found;
}

} // namespace kdd
