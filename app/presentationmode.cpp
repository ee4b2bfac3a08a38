#include "presentationmode.h"

#include "filecontroller.h"
#include "mainwindow.h"

#include "model/document.h"
#include "views/canvasitems.h"
#include "views/diagramscene.h"
#include "views/diagramview.h"
#include "views/selection.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QGraphicsOpacityEffect>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPropertyAnimation>
#include <QScreen>
#include <QScrollBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <functional>

namespace kdd {
namespace {

// Black over the whole window while the room should look at the speaker; any key or click
// brings the diagram back (the key does nothing else, whatever it is).
class BlankScreen : public QWidget
{
public:
    BlankScreen(QWidget *parent, std::function<void()> done)
        : QWidget(parent), m_done(std::move(done))
    {
        setObjectName(QStringLiteral("presentationBlank"));
        setAutoFillBackground(true);
        QPalette black = palette();
        black.setColor(QPalette::Window, Qt::black);
        setPalette(black);
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::BlankCursor);
        hide();
    }

protected:
    bool event(QEvent *event) override
    {
        // Taken before any shortcut: F5 or Ctrl+S while blank only bring the diagram back.
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        return QWidget::event(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        event->accept();
        m_done();
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        event->accept();
        m_done();
    }

private:
    std::function<void()> m_done;
};

// The zoom ceiling while presenting: a small diagram may fill the wall, not become a poster of
// three boxes.
constexpr qreal MaxPresentZoom = 3.0;
constexpr int IndicatorMargin = 18;

} // namespace

PresentationMode::PresentationMode(MainWindow *window) : QObject(window), m_window(window)
{
    m_action = new QAction(tr("Prese&nt"), this);
    m_action->setObjectName(QStringLiteral("present"));
    m_action->setShortcut(QKeySequence(Qt::Key_F5));
    m_action->setCheckable(true);
    m_action->setToolTip(
        tr("Full screen for a room: Page Down/Up steps through the primary drivers, B blanks, "
           "Esc returns"));
    connect(m_action, &QAction::triggered, this, [this](bool on) { on ? enter() : leave(); });

    DiagramView *view = m_window->view();
    m_indicator = new QLabel(view);
    m_indicator->setObjectName(QStringLiteral("presentationStep"));
    m_indicator->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_indicator->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(30, 34, 41, 170); color: white; border-radius: 6px;"
        " padding: 5px 12px; font-size: 15px; }"));
    m_indicatorOpacity = new QGraphicsOpacityEffect(m_indicator);
    m_indicator->setGraphicsEffect(m_indicatorOpacity);
    m_indicator->hide();
    m_fade = new QPropertyAnimation(m_indicatorOpacity, "opacity", this);
    m_fade->setDuration(700);
    m_fade->setStartValue(1.0);
    m_fade->setEndValue(0.0);
    connect(m_fade, &QPropertyAnimation::finished, m_indicator, &QWidget::hide);
    m_fadeDelay = new QTimer(this);
    m_fadeDelay->setSingleShot(true);
    m_fadeDelay->setInterval(IndicatorMs);
    connect(m_fadeDelay, &QTimer::timeout, m_fade, [this] { m_fade->start(); });

    m_blank = new BlankScreen(m_window, [this] { unblank(); });

    m_view = view;
    m_viewport = view->viewport();
    view->installEventFilter(this);
    m_viewport->installEventFilter(this); // to see the in-place editor arrive
    m_window->installEventFilter(this);
    connect(m_window->scene(), &DiagramScene::laidOut, this, &PresentationMode::refresh);
}

PresentationMode::~PresentationMode() = default;

std::vector<std::pair<QString, QString>> PresentationMode::keys()
{
    return {
        {tr("Presenting: Page Down, Space, Right"),
         tr("next step: the next primary driver's branch in focus, the rest dimmed")},
        {tr("Presenting: Page Up, Backspace, Left"),
         tr("previous step (the first step is the whole diagram)")},
        {tr("Presenting: Home, End"), tr("the whole diagram, the last primary driver")},
        {tr("Presenting: B or ."), tr("blank the screen; any key brings the diagram back")},
        {tr("Presenting: F2"), tr("correct the selected box's text live; Enter ends the edit")},
        {tr("Presenting: Esc"), tr("stop editing, or stop presenting (docks and menus come back)")},
    };
}

bool PresentationMode::isBlank() const { return m_blank->isVisible(); }

void PresentationMode::enter()
{
    if (m_active)
        return;
    m_window->commitPendingEdits();
    m_active = true;
    m_action->setChecked(true);
    hideChrome();
    DiagramScene *scene = m_window->scene();
    m_saved.theme = scene->theme();
    scene->setTheme(*Theme::byName(QStringLiteral("projector")));
    m_steps = presentationSteps(m_window->document()->diagram(), scene->diagramLayout());
    m_step = 0;
    m_window->showFullScreen();
    // Without a window manager (a bare X server, a kiosk) nobody grants full screen: take it.
    QTimer::singleShot(300, this, [this] {
        QScreen *screen = m_window->screen();
        if (m_active && screen && m_window->geometry() != screen->geometry())
            m_window->setGeometry(screen->geometry());
    });
    m_window->view()->setFocus();
    fitAndShow();
    emit activeChanged(true);
}

void PresentationMode::leave()
{
    if (!m_active)
        return;
    unblank();
    m_window->commitPendingEdits(); // F5 while typing keeps what was typed
    m_active = false;
    m_action->setChecked(false);
    m_fadeDelay->stop();
    m_fade->stop();
    m_indicator->hide();
    DiagramScene *scene = m_window->scene();
    scene->setSpotlight(std::nullopt);
    scene->setTheme(m_saved.theme);
    restoreChrome();
    emit activeChanged(false);
}

void PresentationMode::hideChrome()
{
    QMainWindow *w = m_window;
    m_saved.geometry = w->saveGeometry();
    m_saved.windowState = w->windowState();
    m_saved.dockState = w->saveState();
    m_saved.docks.clear();
    m_saved.toolBars.clear();
    for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
        if (dock->isVisibleTo(w)) {
            m_saved.docks.emplace_back(dock);
            dock->hide();
        }
    }
    for (QToolBar *bar : w->findChildren<QToolBar *>()) {
        if (bar->isVisibleTo(w)) {
            m_saved.toolBars.emplace_back(bar);
            bar->hide();
        }
    }
    adoptShortcuts();
    m_saved.menuBar = w->menuBar()->isVisibleTo(w);
    m_saved.statusBar = w->statusBar()->isVisibleTo(w);
    w->menuBar()->hide();
    w->statusBar()->hide();

    DiagramView *view = m_window->view();
    m_saved.zoom = view->zoom();
    m_saved.centre = view->mapToScene(view->viewport()->rect().center());
    m_saved.horizontal = view->horizontalScrollBarPolicy();
    m_saved.vertical = view->verticalScrollBarPolicy();
    m_saved.frameShape = view->frameShape();
    // The wheel still scrolls; bars and a frame would only be chrome on the wall.
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setFrameShape(QFrame::NoFrame);
}

void PresentationMode::restoreChrome()
{
    QMainWindow *w = m_window;
    for (const QPointer<QAction> &a : m_saved.adopted) {
        if (a)
            w->removeAction(a);
    }
    m_saved.adopted.clear();
    w->menuBar()->setVisible(m_saved.menuBar);
    w->statusBar()->setVisible(m_saved.statusBar);
    for (const QPointer<QToolBar> &bar : m_saved.toolBars) {
        if (bar)
            bar->show();
    }
    for (const QPointer<QDockWidget> &dock : m_saved.docks) {
        if (dock)
            dock->show();
    }
    w->setWindowState(m_saved.windowState);
    w->restoreGeometry(m_saved.geometry);
    w->restoreState(m_saved.dockState); // sizes and tab order exactly as they were

    DiagramView *view = m_window->view();
    view->setHorizontalScrollBarPolicy(m_saved.horizontal);
    view->setVerticalScrollBarPolicy(m_saved.vertical);
    view->setFrameShape(static_cast<QFrame::Shape>(m_saved.frameShape));
    view->setZoom(m_saved.zoom);
    view->centerOn(m_saved.centre);
    // The window takes its old size back only when the window system says so: centre again then.
    const qreal zoom = m_saved.zoom;
    const QPointF centre = m_saved.centre;
    QTimer::singleShot(0, view, [view, zoom, centre] {
        view->setZoom(zoom);
        view->centerOn(centre);
    });
    view->setFocus();
}

void PresentationMode::adoptShortcuts()
{
    m_saved.adopted.clear();
    const std::function<void(const QMenu *)> walk = [&](const QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                walk(a->menu());
            else if (!a->shortcuts().isEmpty() && !m_window->actions().contains(a)) {
                m_window->addAction(a);
                m_saved.adopted.emplace_back(a);
            }
        }
    };
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu())
            walk(top->menu());
    }
}

void PresentationMode::next() { goToStep(m_step + 1); }
void PresentationMode::previous() { goToStep(m_step - 1); }

void PresentationMode::goToStep(int step)
{
    if (!m_active)
        return;
    step = std::clamp(step, 0, stepCount() - 1);
    m_step = step;
    applySpotlight();
    // The step's primary driver is selected, so that F2 edits it and the arrows go on from it.
    Selection *selection = m_window->selection();
    if (m_step == 0)
        selection->clear();
    else
        selection->selectOne(m_steps[static_cast<std::size_t>(m_step - 1)].primary);
    DiagramView *view = m_window->view();
    const QRectF bounds = m_window->scene()->diagramLayout().bounds;
    if (m_step == 0) {
        view->showRegion(bounds);
    } else {
        const PresentationStep &shown = m_steps[static_cast<std::size_t>(m_step - 1)];
        const NodeItem *driver = m_window->scene()->itemFor(shown.primary);
        const QRectF anchor = driver ? driver->box().rect : QRectF();
        if (bounds.width() * view->zoom() <= view->viewport()->width()) {
            // The whole width fits: keep it all in view, aims included; scroll only down.
            view->showRegion(QRectF(bounds.left(), shown.branchBounds.top(), bounds.width(),
                                    shown.branchBounds.height()),
                             anchor);
        } else {
            // From the driver's column rightwards, rather than half a column of aims on the left.
            view->showRegion(shown.branchBounds, anchor, Qt::Vertical);
        }
    }
    showIndicator();
}

void PresentationMode::applySpotlight()
{
    m_window->scene()->setSpotlight(
        m_step == 0 ? QSet<NodeId>() : m_steps[static_cast<std::size_t>(m_step - 1)].nodes);
}

void PresentationMode::refresh()
{
    if (!m_active)
        return;
    const NodeId shown =
        m_step == 0 ? NodeId() : m_steps[static_cast<std::size_t>(m_step - 1)].primary;
    m_steps =
        presentationSteps(m_window->document()->diagram(), m_window->scene()->diagramLayout());
    m_step = std::min(m_step, stepCount() - 1);
    for (std::size_t i = 0; i < m_steps.size() && !shown.isEmpty(); ++i) {
        if (m_steps[i].primary == shown)
            m_step = static_cast<int>(i) + 1;
    }
    applySpotlight(); // no scrolling: the coach may be typing in the branch
}

void PresentationMode::fitAndShow()
{
    m_window->view()->fitWidthWithin(MinTextPixels, MaxPresentZoom);
    goToStep(m_step);
}

void PresentationMode::showIndicator()
{
    QString text;
    const int drivers = stepCount() - 1;
    if (m_step == 0) {
        text = drivers == 1
                 ? tr("Whole diagram · 1 primary driver · Page Down to step")
                 : tr("Whole diagram · %1 primary drivers · Page Down to step").arg(drivers);
    } else {
        const QString driver = m_steps[static_cast<std::size_t>(m_step - 1)].text.simplified();
        const QFontMetrics metrics(m_indicator->font());
        const int room = std::max(200, m_window->view()->width() / 2);
        text = QStringLiteral("%1 / %2 · %3")
                   .arg(m_step)
                   .arg(drivers)
                   .arg(metrics.elidedText(driver, Qt::ElideRight, room));
    }
    m_indicator->setText(text);
    m_indicator->adjustSize();
    placeIndicator();
    m_fade->stop();
    m_indicatorOpacity->setOpacity(1.0);
    m_indicator->show();
    m_indicator->raise();
    m_fadeDelay->start();
}

void PresentationMode::placeIndicator()
{
    const QWidget *view = m_window->view();
    m_indicator->move(view->width() - m_indicator->width() - IndicatorMargin,
                      view->height() - m_indicator->height() - IndicatorMargin);
}

void PresentationMode::blank()
{
    if (!m_active || isBlank())
        return;
    m_window->commitPendingEdits();
    m_blank->setGeometry(m_window->rect());
    m_blank->show();
    m_blank->raise();
    m_blank->setFocus();
}

void PresentationMode::unblank()
{
    if (!isBlank())
        return;
    m_blank->hide();
    m_window->view()->setFocus();
}

void PresentationMode::watchEditor(QObject *child)
{
    // The view makes its in-place editor a child of its viewport, named, filtered by the view
    // and then shown (polished): a filter installed now sees its keys before the view's.
    auto *editor = qobject_cast<QPlainTextEdit *>(child);
    if (!editor || editor == m_editor || editor->objectName() != QLatin1String("inPlaceEditor"))
        return;
    m_editor = editor;
    editor->installEventFilter(this);
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_active)
        return QObject::eventFilter(watched, event);
    if (watched == m_window) {
        if (event->type() == QEvent::Close)
            leave(); // the window's state is saved as the editor had it, not as a wall
        else if (event->type() == QEvent::Resize && isBlank())
            m_blank->setGeometry(m_window->rect());
    } else if (watched == m_viewport.data()) {
        if (event->type() == QEvent::ChildPolished)
            watchEditor(static_cast<QChildEvent *>(event)->child());
    } else if (watched == m_view.data()) {
        if (event->type() == QEvent::KeyPress)
            return handleKey(static_cast<QKeyEvent *>(event));
        if (event->type() == QEvent::Resize) {
            // Full screen arrives when the window system grants it: fit to the new width then.
            QTimer::singleShot(0, this, [this] {
                if (m_active)
                    fitAndShow();
            });
        }
    } else if (watched == m_editor.data() && event->type() == QEvent::KeyPress) {
        // Enter ends a live correction; adding a box below is not what a presenter means.
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))) {
            m_window->view()->finishEditing(true);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

bool PresentationMode::handleKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
        next();
        return true;
    case Qt::Key_Space:
        (mods & Qt::ShiftModifier) ? previous() : next();
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Backspace:
        previous();
        return true;
    case Qt::Key_Home:
        goToStep(0);
        return true;
    case Qt::Key_End:
        goToStep(stepCount() - 1);
        return true;
    case Qt::Key_B:
    case Qt::Key_Period:
        blank();
        return true;
    case Qt::Key_Escape:
        leave();
        return true;
    default:
        return false;
    }
}

MainWindow *openFromCommandLine(MainWindow *first, const QStringList &files, bool present)
{
    MainWindow *shown = nullptr;
    for (const QString &file : files) {
        if (MainWindow *opened = first->files()->openInWindow(file))
            shown = opened;
    }
    // A file that could not be opened has said why; an empty window is not presented.
    if (present && shown)
        shown->presentation()->enter();
    return shown ? shown : first;
}

} // namespace kdd
