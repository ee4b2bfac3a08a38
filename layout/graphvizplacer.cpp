// The only file that includes Graphviz headers: builds a cgraph graph, runs dot, reads the result
// back and converts Graphviz's y-up points to our y-down units.
#include "graphvizplacer.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QByteArray>
#include <QMutex>

#include <dlfcn.h>

namespace kdd {
namespace {

// The dot layout and core plugins, opened from Graphviz's plugin folder by their full path
// (KDD_GRAPHVIZ_PLUGIN_DIR, from pkg-config) and registered as built-ins: no dependence on the
// plugin configuration file that the Debian package's install script writes, no renderers we do
// not use, and no run path to that folder in the program (which a Debian package must not have).
// Should a plugin not open, Graphviz's own configuration is used instead.
GVC_t *newContext()
{
    static lt_symlist_t plugins[] = {
        {"gvplugin_dot_layout_LTX_library", nullptr},
        {"gvplugin_core_LTX_library", nullptr},
        {nullptr, nullptr},
    };
    const char *files[] = {KDD_GRAPHVIZ_PLUGIN_DIR "/" KDD_GVPLUGIN_DOT_LAYOUT,
                           KDD_GRAPHVIZ_PLUGIN_DIR "/" KDD_GVPLUGIN_CORE};
    for (int i = 0; i < 2; ++i) {
        void *library = dlopen(files[i], RTLD_NOW | RTLD_LOCAL);
        plugins[i].address = library ? dlsym(library, plugins[i].name) : nullptr;
        if (!plugins[i].address)
            return gvContext();
    }
    return gvContextPlugins(plugins, 0);
}

QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

GVC_t *context()
{
    static GVC_t *gvc = newContext();
    return gvc;
}

QByteArray *errorBuffer()
{
    static QByteArray buffer;
    return &buffer;
}

int collectError(char *message)
{
    errorBuffer()->append(message);
    return 0;
}

// Graphviz 2.42 takes non-const strings.
char *c(const char *text) { return const_cast<char *>(text); }

QByteArray inches(qreal units)
{
    // Our units are handed to Graphviz as points (72 per inch), so its output is in our units.
    return QByteArray::number(units / 72.0, 'f', 4);
}

class GraphBuilder
{
public:
    explicit GraphBuilder(const PlacementInput &input) : m_input(input) {}
    ~GraphBuilder()
    {
        if (m_graph) {
            if (m_laidOut)
                gvFreeLayout(context(), m_graph);
            agclose(m_graph);
        }
    }

    PlacementResult run();

private:
    void build();
    Agnode_t *node(const QByteArray &name) { return agnode(m_graph, c(name.constData()), 1); }
    void set(void *object, Agsym_t *symbol, const QByteArray &value)
    {
        agxset(object, symbol, c(value.constData()));
    }

    const PlacementInput &m_input;
    Agraph_t *m_graph = nullptr;
    bool m_laidOut = false;
    std::vector<Agnode_t *> m_nodes;
    std::vector<Agedge_t *> m_edges;
};

void GraphBuilder::build()
{
    Agdesc_t directed = Agdirected;
    m_graph = agopen(c("kdd"), directed, nullptr);
    agattr(m_graph, AGRAPH, c("rankdir"), c("LR"));
    agattr(m_graph, AGRAPH, c("ranksep"), c(inches(m_input.columnGap).constData()));
    agattr(m_graph, AGRAPH, c("nodesep"), c(inches(m_input.rowGap).constData()));
    agattr(m_graph, AGRAPH, c("splines"), c(m_input.routeEdges ? "spline" : "none"));
    // With the order fixed by constraints, crossing minimisation has nothing to gain: cut it
    // short. It still places Graphviz's own virtual nodes for links that skip columns. A tidy
    // layout starts from our own crossing-reduced order, so large diagrams need fewer rounds
    // (docs/benchmarks.md: at 1,600+ nodes 0.5 gives the same crossings in two thirds of the time).
    const QByteArray mclimit = m_input.fixedOrder          ? QByteArray("0.01")
                             : m_input.sizes.size() > 1000 ? QByteArray("0.5")
                                                           : QByteArray("1");
    agattr(m_graph, AGRAPH, c("mclimit"), c(mclimit.constData()));
    agattr(m_graph, AGRAPH, c("remincross"), c(m_input.fixedOrder ? "false" : "true"));
    Agsym_t *shape = agattr(m_graph, AGNODE, c("shape"), c("box"));
    Agsym_t *fixed = agattr(m_graph, AGNODE, c("fixedsize"), c("true"));
    Agsym_t *label = agattr(m_graph, AGNODE, c("label"), c(""));
    Agsym_t *width = agattr(m_graph, AGNODE, c("width"), c("0.01"));
    Agsym_t *height = agattr(m_graph, AGNODE, c("height"), c("0.01"));
    Agsym_t *nodeStyle = agattr(m_graph, AGNODE, c("style"), c(""));
    Agsym_t *edgeStyle = agattr(m_graph, AGEDGE, c("style"), c(""));
    Agsym_t *tailport = agattr(m_graph, AGEDGE, c("tailport"), c(""));
    Agsym_t *headport = agattr(m_graph, AGEDGE, c("headport"), c(""));
    agattr(m_graph, AGEDGE, c("arrowhead"), c("none"));
    Agsym_t *weight = agattr(m_graph, AGEDGE, c("weight"), c("1"));
    Q_UNUSED(shape);
    Q_UNUSED(fixed);
    Q_UNUSED(label);

    m_nodes.resize(m_input.sizes.size(), nullptr);
    std::vector<Agnode_t *> anchors;
    std::vector<int> columnOf(m_input.sizes.size(), 0);
    Agnode_t *previousAnchor = nullptr;
    int columnIndex = 0;
    for (const std::vector<int> &column : m_input.columns) {
        // One rank per column, held in place by an invisible anchor chained to the previous
        // column's anchor: rank=same alone does not order columns, and an unlinked column would
        // otherwise collapse into the first.
        const QByteArray rankName = "rank" + QByteArray::number(columnIndex);
        Agraph_t *rank = agsubg(m_graph, c(rankName.constData()), 1);
        agsafeset(rank, c("rank"), c("same"), c(""));
        Agnode_t *anchor =
            agnode(rank, c(("anchor" + QByteArray::number(columnIndex)).constData()), 1);
        set(anchor, nodeStyle, "invis");
        if (previousAnchor) {
            Agedge_t *e = agedge(m_graph, previousAnchor, anchor, nullptr, 1);
            set(e, edgeStyle, "invis");
        }
        previousAnchor = anchor;
        anchors.push_back(anchor);
        Agnode_t *above = anchor;
        for (const int index : column) {
            const QByteArray name = "n" + QByteArray::number(index);
            Agnode_t *n = agnode(rank, c(name.constData()), 1);
            const QSizeF &size = m_input.sizes[static_cast<std::size_t>(index)];
            set(n, width, inches(size.width()));
            set(n, height, inches(size.height()));
            m_nodes[static_cast<std::size_t>(index)] = n;
            columnOf[static_cast<std::size_t>(index)] = columnIndex;
            // The aim column keeps the user's order in every mode (a global aim above its
            // SMART aim); the other columns only when the order is fixed.
            if (m_input.fixedOrder || columnIndex == 0) {
                // Flat invisible edges inside a rank fix the order: each box below the previous.
                Agedge_t *e = agedge(m_graph, above, n, nullptr, 1);
                set(e, edgeStyle, "invis");
                above = n;
            }
        }
        ++columnIndex;
    }
    if (m_input.fixedOrder) {
        // dot enforces an in-rank chain only between boxes it compares directly, and a box with
        // no link on one side escapes the comparison and can jump over its neighbours. Tie such
        // boxes to the neighbouring column's anchor (weight 0: no pull on the drawing).
        std::vector<bool> hasParent(m_nodes.size(), false);
        std::vector<bool> hasChild(m_nodes.size(), false);
        for (const PlacementInput::Edge &edge : m_input.edges) {
            hasChild[static_cast<std::size_t>(edge.from)] = true;
            hasParent[static_cast<std::size_t>(edge.to)] = true;
        }
        for (std::size_t i = 0; i < m_nodes.size(); ++i) {
            const auto column = static_cast<std::size_t>(columnOf[i]);
            if (!hasParent[i] && column > 0) {
                Agedge_t *e = agedge(m_graph, anchors[column - 1], m_nodes[i], nullptr, 1);
                set(e, edgeStyle, "invis");
                set(e, weight, "0");
            }
            if (!hasChild[i] && column + 1 < anchors.size()) {
                Agedge_t *e = agedge(m_graph, m_nodes[i], anchors[column + 1], nullptr, 1);
                set(e, edgeStyle, "invis");
                set(e, weight, "0");
            }
        }
    }
    m_edges.reserve(m_input.edges.size());
    for (const PlacementInput::Edge &edge : m_input.edges) {
        Agnode_t *tail = m_nodes[static_cast<std::size_t>(edge.from)];
        Agnode_t *head = m_nodes[static_cast<std::size_t>(edge.to)];
        const QByteArray key = "e" + QByteArray::number(static_cast<qulonglong>(m_edges.size()));
        Agedge_t *e = agedge(m_graph, tail, head, c(key.constData()), 1);
        set(e, tailport, "e");
        set(e, headport, "w");
        m_edges.push_back(e);
    }
}

PlacementResult GraphBuilder::run()
{
    PlacementResult result;
    build();
    errorBuffer()->clear();
    if (gvLayout(context(), m_graph, "dot") != 0) {
        result.error = QString::fromUtf8(errorBuffer()->trimmed());
        if (result.error.isEmpty())
            result.error = QStringLiteral("Graphviz could not lay out the diagram");
        return result;
    }
    m_laidOut = true;
    const boxf bb = GD_bb(m_graph);
    const auto flip = [&](pointf p) { return QPointF(p.x - bb.LL.x, bb.UR.y - p.y); };
    result.centres.reserve(m_nodes.size());
    for (Agnode_t *n : m_nodes)
        result.centres.push_back(flip(ND_coord(n)));
    result.splines.reserve(m_edges.size());
    for (Agedge_t *e : m_edges) {
        std::vector<QPointF> points;
        const splines *spl = ED_spl(e);
        if (spl && spl->size > 0) {
            const bezier &b = spl->list[0];
            points.reserve(static_cast<std::size_t>(b.size));
            for (int i = 0; i < b.size; ++i)
                points.push_back(flip(b.list[i]));
        }
        result.splines.push_back(std::move(points));
    }
    result.ok = true;
    return result;
}

} // namespace

PlacementResult placeWithGraphviz(const PlacementInput &input)
{
    QMutexLocker lock(&graphvizMutex());
    agseterr(AGERR);
    agseterrf(collectError);
    GraphBuilder builder(input);
    return builder.run();
}

} // namespace kdd
