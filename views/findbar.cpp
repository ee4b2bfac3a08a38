#include "findbar.h"

#include "canvasitems.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "selection.h"

#include "model/document.h"
#include "model/findtext.h"

#include <QGraphicsRectItem>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPen>
#include <QToolButton>

#include <algorithm>

namespace kdd {
namespace {

constexpr int HaloType = QGraphicsItem::UserType + 41;

// A glow behind a found box (drawn under the box, so the text stays as it is).
class HaloItem : public QGraphicsRectItem
{
public:
    HaloItem(NodeItem *box, bool current) : QGraphicsRectItem(box)
    {
        setRect(box->box().rect.adjusted(-5, -5, 5, 5));
        setFlag(QGraphicsItem::ItemStacksBehindParent);
        setAcceptedMouseButtons(Qt::NoButton);
        setPen(Qt::NoPen);
        setBrush(current ? QColor(255, 140, 0, 230) : QColor(255, 215, 0, 170));
    }
    int type() const override { return HaloType; }
};

} // namespace

FindBar::FindBar(DiagramView *view) : QFrame(view), m_view(view)
{
    setObjectName(QStringLiteral("findBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->setSpacing(4);
    m_field = new QLineEdit;
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in texts, notes, measures"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(220);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("No match")) + 8);
    const auto button = [](const QString &text, const QString &tip) {
        auto *b = new QToolButton;
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::NoFocus);
        return b;
    };
    m_previous = button(QStringLiteral("▲"), tr("Previous match (Shift+Enter, Shift+F3)"));
    m_next = button(QStringLiteral("▼"), tr("Next match (Enter, F3)"));
    QToolButton *done = button(QStringLiteral("✕"), tr("Close (Esc)"));
    layout->addWidget(m_field);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(done);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(done, &QToolButton::clicked, this, &FindBar::close);
    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    m_field->installEventFilter(this);
    view->installEventFilter(this); // resizing the canvas moves the bar
    DiagramScene *scene = view->diagramScene();
    connect(scene, &DiagramScene::laidOut, this, &FindBar::highlight);
    connect(scene->document(), &Document::changed, this, [this] {
        if (isVisible())
            rematch();
    });
    hide();
}

void FindBar::open()
{
    show();
    raise();
    placeOnCanvas();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    search();
}

void FindBar::close()
{
    clearHighlights();
    hide();
    m_view->setFocus(Qt::OtherFocusReason);
}

QString FindBar::countText() const { return m_count->text(); }

void FindBar::search()
{
    m_matches = findBoxes(m_view->diagramScene()->document()->diagram(), m_field->text());
    m_current = -1;
    if (!m_matches.empty())
        goTo(0);
    updateCount();
    highlight();
}

void FindBar::rematch()
{
    // The same words over the current texts; the box found stays found if it still matches.
    const NodeId at = m_current >= 0 ? m_matches[static_cast<std::size_t>(m_current)] : NodeId();
    m_matches = findBoxes(m_view->diagramScene()->document()->diagram(), m_field->text());
    const auto it = std::find(m_matches.begin(), m_matches.end(), at);
    m_current = it == m_matches.end() ? -1 : static_cast<int>(it - m_matches.begin());
    updateCount();
    highlight();
}

void FindBar::step(int delta)
{
    if (!isVisible()) {
        // F3 with the bar closed finds the last words again; with none, it opens the bar.
        if (m_field->text().trimmed().isEmpty()) {
            open();
            return;
        }
        show();
        raise();
        placeOnCanvas();
        rematch();
    }
    if (m_matches.empty())
        return;
    const int n = static_cast<int>(m_matches.size());
    const int from = m_current >= 0 ? m_current : (delta > 0 ? -1 : 0);
    goTo((from + delta + n) % n);
    updateCount();
    highlight();
}

void FindBar::goTo(int index)
{
    m_current = index;
    const NodeId id = m_matches[static_cast<std::size_t>(index)];
    DiagramScene *scene = m_view->diagramScene();
    // Selecting a hidden box expands the branch it is in (and lays out again).
    scene->selection()->selectOne(id);
    if (NodeItem *item = scene->itemFor(id)) {
        const QRectF r = item->box().rect;
        // Clear of the bar in the bottom-right corner and of the sticky headers at the top.
        m_view->ensureVisible(r, 60, std::max(80, height() + 24));
    }
}

void FindBar::updateCount()
{
    if (m_field->text().trimmed().isEmpty())
        m_count->clear();
    else if (m_matches.empty())
        m_count->setText(tr("No match"));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    m_previous->setEnabled(m_matches.size() > 1);
    m_next->setEnabled(m_matches.size() > 1);
}

void FindBar::clearHighlights()
{
    DiagramScene *scene = m_view->diagramScene();
    // The halos are children of box items, which a layout may have deleted with them.
    const QList<QGraphicsItem *> items = scene->items();
    for (QGraphicsItem *item : items) {
        if (item->type() == HaloType)
            delete item;
    }
}

void FindBar::highlight()
{
    clearHighlights();
    if (!isVisible())
        return;
    DiagramScene *scene = m_view->diagramScene();
    for (std::size_t i = 0; i < m_matches.size(); ++i) {
        if (NodeItem *box = scene->itemFor(m_matches[i]))
            new HaloItem(box, static_cast<int>(i) == m_current);
    }
}

void FindBar::placeOnCanvas()
{
    adjustSize();
    const QRect area = m_view->viewport()->geometry();
    move(area.right() - width() - 12, area.bottom() - height() - 12);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        if (event->type() == QEvent::Resize && isVisible())
            placeOnCanvas();
        return false;
    }
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool shift = key->modifiers() & Qt::ShiftModifier;
        const bool ours = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter
                       || key->key() == Qt::Key_Escape || key->key() == Qt::Key_F3;
        if (!ours)
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // the bar's own keys win over the menus' shortcuts
            return true;
        }
        if (key->key() == Qt::Key_Escape)
            close();
        else
            step(shift ? -1 : +1);
        return true;
    }
    return false;
}

} // namespace kdd
