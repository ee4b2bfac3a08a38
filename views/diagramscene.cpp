#include "diagramscene.h"

#include "canvasitems.h"

#include "model/document.h"

namespace kdd {

DiagramScene::DiagramScene(Document *document, Selection *selection, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_selection(selection),
      m_theme(*Theme::byName(QStringLiteral("classic"))), m_typography(Typography::standard())
{
    m_painter = std::make_unique<DiagramPainter>(m_theme, m_typography);
    connect(document, &Document::changed, this, &DiagramScene::rebuild);
    connect(selection, &Selection::changed, this, &DiagramScene::syncSelectionToItems);
    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::syncSelectionFromItems);
    rebuild();
}

DiagramScene::~DiagramScene()
{
    // Items refer to m_layout and m_painter: remove them first.
    m_syncing = true;
    clear();
}

void DiagramScene::setTheme(const Theme &theme)
{
    m_theme = theme;
    m_painter = std::make_unique<DiagramPainter>(m_theme, m_typography);
    rebuild();
}

NodeItem *DiagramScene::nodeAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

void DiagramScene::rebuild()
{
    DiagramLayout layout;
    QString error;
    LayoutOptions options;
    options.typography = m_typography;
    if (!layoutDiagram(m_document->diagram(), options, layout, &error)) {
        emit layoutFailed(error);
        return;
    }
    m_syncing = true;
    clear();
    m_items.clear();
    m_layout = std::move(layout);
    setBackgroundBrush(m_theme.background);
    addItem(new DecorationItem(m_layout, *m_painter));
    for (const DiagramLayout::Edge &e : m_layout.edges)
        addItem(new EdgeItem(e, *m_painter));
    for (std::size_t i = 0; i < m_layout.boxes.size(); ++i) {
        auto *item = new NodeItem(m_layout.boxes[i], static_cast<int>(i), *m_painter);
        addItem(item);
        m_items.insert(item->id(), item);
    }
    setSceneRect(m_layout.bounds.adjusted(-200, -200, 200, 200));
    m_syncing = false;
    // Drop selected ids that no longer exist, then show the selection.
    QStringList alive;
    for (const QString &id : m_selection->selected()) {
        if (m_items.contains(id))
            alive << id;
    }
    if (alive != m_selection->selected())
        m_selection->select(alive, m_selection->current());
    syncSelectionToItems();
    emit rebuilt();
}

void DiagramScene::syncSelectionToItems()
{
    if (m_syncing)
        return;
    m_syncing = true;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setSelected(m_selection->isSelected(it.key()));
    m_syncing = false;
}

void DiagramScene::syncSelectionFromItems()
{
    if (m_syncing)
        return;
    QStringList ids;
    std::pair<NodeId, NodeId> link;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type)
            ids << static_cast<NodeItem *>(item)->id();
        else if (item->type() == EdgeItem::Type)
            link = {static_cast<EdgeItem *>(item)->edge().from, static_cast<EdgeItem *>(item)->edge().to};
    }
    m_syncing = true;
    m_selection->selectLink(link.first, link.second);
    m_selection->select(ids, m_selection->current());
    m_syncing = false;
}

} // namespace kdd
