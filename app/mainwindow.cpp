#include "mainwindow.h"

#include "tabtitlestyle.h"

#include "aboutdialog.h"
#include "dockshortcuts.h"
#include "editactions.h"
#include "filecontroller.h"
#include "focusactions.h"
#include "maintoolbar.h"
#include "measuredataimport.h"
#include "preferencesdialog.h"
#include "presentationmode.h"
#include "quickactions.h"
#include "recovery.h"
#include "textsizeactions.h"

#include "layout/layoutengine.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/layoutlimits.h"
#include "render/exporter.h"
#include "views/chartsview.h"
#include "views/checkresults.h"
#include "views/checksview.h"
#include "views/diagramscene.h"
#include "views/diagramview.h"
#include "views/entrycontroller.h"
#include "views/equitypanel.h"
#include "views/inspector.h"
#include "views/layoutprogress.h"
#include "views/measuresview.h"
#include "views/outlineview.h"
#include "views/parkinglotview.h"
#include "views/pdsapanel.h"
#include "views/prioritiseview.h"
#include "views/selection.h"
#include "views/voteactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QUndoView>

#include <algorithm>

namespace kdd {
namespace {

// The settings keys of the View menu's remembered choices, and their words.
const QString ThemeKey = QStringLiteral("view/theme");
// Set once the user has chosen for or against arrowheads; until then each theme decides.
const QString ArrowheadsKey = QStringLiteral("view/arrowheads");

Theme themeWithArrowheadChoice(const QString &name)
{
    Theme theme = *Theme::byName(name);
    const QVariant arrowheads = QSettings().value(ArrowheadsKey);
    if (arrowheads.isValid())
        theme.arrowheads = arrowheads.toBool();
    return theme;
}
const QString LinksKey = QStringLiteral("view/links");
const QString IdeasKey = QStringLiteral("view/ideas");

template <typename T> struct Style
{
    const char *word;
    const char *label;
    T value;
};

const Style<LayoutSettings::Links> LinkStyles[] = {
    {"brackets", QT_TRANSLATE_NOOP("MainWindow", "&Brackets"), LayoutSettings::Links::Brackets},
    {"curves", QT_TRANSLATE_NOOP("MainWindow", "&Curves"), LayoutSettings::Links::Curves},
    {"straight", QT_TRANSLATE_NOOP("MainWindow", "&Straight"), LayoutSettings::Links::Straight},
};
const Style<LayoutSettings::Ideas> IdeaStyles[] = {
    {"separate", QT_TRANSLATE_NOOP("MainWindow", "&Separate"), LayoutSettings::Ideas::Separate},
    {"stacked", QT_TRANSLATE_NOOP("MainWindow", "S&tacked"), LayoutSettings::Ideas::Stacked},
};

template <typename T, std::size_t N>
T remembered(const QString &key, const Style<T> (&styles)[N], T fallback)
{
    const QString word = QSettings().value(key).toString();
    for (const Style<T> &style : styles) {
        if (word == QLatin1String(style.word))
            return style.value;
    }
    return fallback;
}

// An empty diagram that starts with the link and idea styles the user last chose and the text
// size of Preferences.
Diagram newDiagram()
{
    Diagram diagram;
    LayoutSettings settings = diagram.layoutSettings();
    settings.links = remembered(LinksKey, LinkStyles, settings.links);
    settings.ideas = remembered(IdeasKey, IdeaStyles, settings.ideas);
    diagram.setLayoutSettings(settings);
    Preferences::applyToNewDiagram(diagram);
    FileController::writeInSpokenLanguage(diagram);
    return diagram;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(std::make_unique<Document>(newDiagram())),
      m_selection(new Selection(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    new TabTitleKeeper(this);
    m_checkResults = new CheckResults(m_document.get(), this);
    m_entry = new EntryController(m_document.get(), m_selection, this);
    m_scene = new DiagramScene(m_document.get(), m_selection, this);
    m_view = new DiagramView(m_scene, m_entry, this);
    setCentralWidget(m_view);
    m_files = new FileController(this);
    m_edits = new EditActions(this);
    m_quick = new QuickActions(this);
    m_focus = new FocusActions(this);
    connect(m_view, &DiagramView::contextMenuRequested, m_edits, &EditActions::showContextMenu);
    m_recovery = new Recovery(m_document.get(), this);
    m_presentation = new PresentationMode(this);
    askToSave = [](MainWindow *window) {
        const auto answer = QMessageBox::question(
            window, tr("Unsaved changes"),
            tr("Save the changes to “%1” before closing?").arg(window->document()->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save    ? CloseAnswer::Save
             : answer == QMessageBox::Discard ? CloseAnswer::Discard
                                              : CloseAnswer::Cancel;
    };
    createDocks();
    createMenus();
    PreferencesDialog::applyToNewWindow(this);
    m_status = new QLabel;
    m_zoomLabel = new QLabel;
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_view, &DiagramView::zoomChanged, this,
            [this](qreal zoom) { m_zoomLabel->setText(tr("%1%").arg(qRound(zoom * 100))); });
    connect(m_checkResults, &CheckResults::updated, this, &MainWindow::updateStatus);
    connect(m_document.get(), &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_scene, &DiagramScene::layoutFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        useFirstStartGeometry();
    updateTitle();
    updateStatus();
    m_view->resetZoom();
}

MainWindow::~MainWindow()
{
    // Everything here refers to the document, which is destroyed after this body runs: silence
    // it (its undo stack emits while it clears) and delete its views first.
    m_document->disconnect();
    m_document->undoStack()->disconnect();
    delete m_view;
    delete m_scene;
    qDeleteAll(findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly));
    delete m_recovery;
}

void MainWindow::useFirstStartGeometry()
{
    // Started for the first time: most of the screen, and most of that for the canvas — the
    // docks open narrow (the diagram is what a room looks at).
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    const QSize size(available.width() * 9 / 10, available.height() * 9 / 10);
    setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    const auto dockNamed = [this](const char *name) {
        return findChild<QDockWidget *>(QString::fromLatin1(name));
    };
    const int outline = std::max(200, size.width() / 7);
    const int right = std::max(280, size.width() / 5);
    // Dock sizes take effect once the window is laid out.
    QTimer::singleShot(0, this, [this, dockNamed, outline, right] {
        resizeDocks({dockNamed("outlineDock"), dockNamed("inspectorDock")}, {outline, right},
                    Qt::Horizontal);
    });
}

void MainWindow::createDocks()
{
    const auto dock = [this](const QString &title, const QString &name, QWidget *widget,
                             Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_outline = new OutlineView(m_document.get(), m_selection, m_entry);
    dock(tr("Outline"), QStringLiteral("outlineDock"), m_outline, Qt::LeftDockWidgetArea)
        ->setMinimumWidth(180);
    // Under the Outline: the ideas the room has not placed yet stay in sight beside the tree.
    m_parkingLot = new ParkingLotView(m_document.get(), m_selection);
    dock(tr("Parking Lot"), QStringLiteral("parkingLotDock"), m_parkingLot, Qt::LeftDockWidgetArea);
    m_inspector = new Inspector(m_document.get(), m_selection);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_inspector);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QDockWidget *inspector =
        dock(tr("Inspector"), QStringLiteral("inspectorDock"), scroll, Qt::RightDockWidgetArea);
    // Beside the Inspector, as a tab: the cycles of the idea the Inspector shows.
    m_pdsa = new PdsaPanel(m_document.get(), m_selection);
    tabifyDockWidget(inspector, dock(tr("PDSA Cycles"), QStringLiteral("pdsaDock"), m_pdsa,
                                     Qt::RightDockWidgetArea));
    inspector->raise();
    m_measures = new MeasuresView(m_document.get(), m_selection);
    QDockWidget *measures =
        dock(tr("Measures"), QStringLiteral("measuresDock"), m_measures, Qt::RightDockWidgetArea);
    QDockWidget *measureData = createMeasureDataDock(this, &m_measureData);
    addDockWidget(Qt::RightDockWidgetArea, measureData);
    m_charts = new ChartsView(m_document.get(), m_selection);
    QDockWidget *charts =
        dock(tr("Charts"), QStringLiteral("chartsDock"), m_charts, Qt::RightDockWidgetArea);
    // The row chosen in the Measures dock is the chart shown.
    connect(m_measures->table(), &QTableWidget::currentCellChanged, m_charts,
            [this] { m_charts->showMeasure(m_measures->currentMeasure()); });
    m_equity = new EquityPanel(m_document.get(), m_selection);
    QDockWidget *equity =
        dock(tr("Equity"), QStringLiteral("equityDock"), m_equity, Qt::RightDockWidgetArea);
    m_checks = new ChecksView(m_checkResults, m_document.get(), m_selection);
    QDockWidget *checks =
        dock(tr("Checks"), QStringLiteral("checksDock"), m_checks, Qt::RightDockWidgetArea);
    m_history = new QUndoView(m_document->undoStack());
    m_history->setEmptyLabel(tr("<opened>"));
    QDockWidget *history =
        dock(tr("History"), QStringLiteral("historyDock"), m_history, Qt::RightDockWidgetArea);
    // Checks, Measures and History share the space under the Inspector (Checks in front); the
    // Measures dock can be dragged to the bottom for a wide table.
    tabifyDockWidget(checks, measures);
    tabifyDockWidget(measures, measureData);
    tabifyDockWidget(measureData, equity);
    tabifyDockWidget(equity, history);
    checks->raise();
    // Charts behind the Inspector, where a chart has the height it needs.
    tabifyDockWidget(inspector, charts);
    inspector->raise();
    // The column is wide enough for the whole titles of the tabs under the Inspector, in any
    // language (Spanish ones are half as long again as the English).
    int tabs = 0;
    // (Measure Data, the fifth, may scroll the tab bar: the first start keeps the column narrow.)
    for (const QDockWidget *d : {checks, measures, equity, history})
        tabs += fontMetrics().horizontalAdvance(d->windowTitle())
              + style()->pixelMetric(QStyle::PM_TabBarTabHSpace);
    inspector->setMinimumWidth(std::max(260, tabs));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_files->populateFileMenu(file);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_edits->populateEditMenu(edit);
    edit->addAction(m_parkingLot->parkAction());
    edit->addSeparator();
    m_quick->populate(edit);
    edit->addSeparator();
    (new VoteActions(m_document.get(), m_selection, this))->addTo(edit);
    edit->addSeparator();
    m_focus->populateEditMenu(edit);
    edit->addSeparator();
    edit->addAction(tr("Copy Dia&gram as Image"), QKeySequence(tr("Ctrl+Shift+C")), this,
                    &MainWindow::copyDiagram);
    edit->addSeparator();
    edit->addAction(tr("Tid&y Up (reorder to reduce crossings)"), this, &MainWindow::tidyUp);
    edit->addSeparator();
    edit->addAction(tr("Prefere&nces…"), this, [this] { PreferencesDialog::run(this); })
        ->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_view, &DiagramView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_view, &DiagramView::zoomOut);
    view->addAction(tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), m_view,
                    &DiagramView::resetZoom);
    view->addAction(tr("&Fit to Window"), QKeySequence(tr("Ctrl+9")), m_view,
                    &DiagramView::fitToWindow);
    view->addAction(tr("Fit &Width"), QKeySequence(tr("Ctrl+8")), m_view, &DiagramView::fitWidth);
    view->addAction(m_presentation->action());
    view->addAction(tr("Compare with Last &Revision"), QKeySequence(tr("Ctrl+Shift+D")), this,
                    [this] {
                        const std::vector<Revision> &all = m_document->diagram().revisions();
                        if (m_scene->isComparing() || all.empty() || !all.back().snapshot)
                            m_scene->setComparison(nullptr); // the same key toggles it off
                        else
                            m_scene->setComparison(all.back().snapshot);
                    });
    QMenu *compare = view->addMenu(tr("&Compare with Revision"));
    connect(compare, &QMenu::aboutToShow, this, [this, compare] {
        compare->clear();
        const std::vector<Revision> &revisions = m_document->diagram().revisions();
        for (std::size_t i = 0; i < revisions.size(); ++i) {
            const Revision &r = revisions[i];
            const QString label =
                QStringLiteral("%1  %2  %3").arg(r.date, r.label, r.note.left(60));
            compare->addAction(label, this, [this, i] {
                const std::vector<Revision> &all = m_document->diagram().revisions();
                if (i < all.size() && all[i].snapshot)
                    m_scene->setComparison(all[i].snapshot);
            });
        }
        if (revisions.empty())
            compare->addAction(tr("(no revisions saved yet: File ▸ Save Revision)"))
                ->setEnabled(false);
        compare->addSeparator();
        QAction *stop = compare->addAction(tr("Stop Comparing"), this,
                                           [this] { m_scene->setComparison(nullptr); });
        stop->setEnabled(m_scene->isComparing());
    });
    QAction *lens = view->addAction(tr("&Equity Lens"));
    lens->setCheckable(true);
    lens->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    lens->setToolTip(tr("Dim what does not concern equity and mark the gaps"));
    connect(lens, &QAction::toggled, m_scene, &DiagramScene::setEquityLens);
    QAction *sight = view->addAction(tr("Line of &Sight"));
    sight->setCheckable(true);
    sight->setChecked(true);
    sight->setToolTip(tr("With one box selected, dim everything not on a path through it"));
    connect(sight, &QAction::toggled, m_scene, &DiagramScene::setLineOfSight);
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    QString theme = QSettings().value(ThemeKey).toString();
    if (!Theme::byName(theme))
        theme = Theme::standard().name;
    m_scene->setTheme(themeWithArrowheadChoice(theme));
    QAction *arrowheads = view->addAction(tr("Arrow&heads"));
    arrowheads->setObjectName(QStringLiteral("arrowheads"));
    arrowheads->setCheckable(true);
    arrowheads->setChecked(m_scene->theme().arrowheads);
    arrowheads->setToolTip(tr("Small arrowheads where links reach the boxes on their right"));
    for (const QString &name : Theme::names()) {
        QAction *a = themes->addAction(name);
        a->setObjectName(QStringLiteral("theme-") + name);
        a->setCheckable(true);
        a->setChecked(name == theme);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, name, arrowheads] {
            m_scene->setTheme(themeWithArrowheadChoice(name));
            QSettings().setValue(ThemeKey, name);
            arrowheads->setChecked(m_scene->theme().arrowheads);
        });
    }
    connect(arrowheads, &QAction::triggered, this, [this](bool on) {
        QSettings().setValue(ArrowheadsKey, on);
        Theme shown = m_scene->theme();
        shown.arrowheads = on;
        m_scene->setTheme(shown);
    });
    createLayoutMenus(view);
    (new TextSizeActions(this))->addTo(view);
    view->addAction(tr("&Prioritise…"), QKeySequence(tr("Ctrl+Shift+P")), this,
                    [this] {
                        PrioritiseWindow::open(m_document.get(), m_selection, m_scene->theme(),
                                               this);
                    })
        ->setObjectName(QStringLiteral("prioritise"));
    view->addSeparator();
    addDockShortcuts(this, view);
    view->addSeparator();
    m_focus->populateViewMenu(view);
    view->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    MainToolBar::install(this, view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard"), this, &MainWindow::showKeyboardHelp);
    help->addSeparator();
    help->addAction(tr("&About KeyDriver"), this, [this] { AboutDialog(this).exec(); })
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createLayoutMenus(QMenu *view)
{
    // Each choice is an undoable edit of the file's layout options, and the next new document
    // starts with it; the checks follow the document (undo, open).
    QMenu *links = view->addMenu(tr("&Links"));
    auto *linkGroup = new QActionGroup(this);
    std::vector<std::pair<QAction *, LayoutSettings::Links>> linkActions;
    for (const Style<LayoutSettings::Links> &style : LinkStyles) {
        QAction *a = links->addAction(tr(style.label));
        a->setObjectName(QStringLiteral("links-") + QLatin1String(style.word));
        a->setCheckable(true);
        linkGroup->addAction(a);
        linkActions.emplace_back(a, style.value);
        connect(a, &QAction::triggered, this, [this, style] {
            commitPendingEdits();
            edit::setLayoutLinks(*m_document, style.value);
            QSettings().setValue(LinksKey, QLatin1String(style.word));
        });
    }
    QMenu *ideas = view->addMenu(tr("Change I&deas"));
    auto *ideaGroup = new QActionGroup(this);
    std::vector<std::pair<QAction *, LayoutSettings::Ideas>> ideaActions;
    for (const Style<LayoutSettings::Ideas> &style : IdeaStyles) {
        QAction *a = ideas->addAction(tr(style.label));
        a->setObjectName(QStringLiteral("ideas-") + QLatin1String(style.word));
        a->setCheckable(true);
        ideaGroup->addAction(a);
        ideaActions.emplace_back(a, style.value);
        connect(a, &QAction::triggered, this, [this, style] {
            commitPendingEdits();
            edit::setLayoutIdeas(*m_document, style.value);
            QSettings().setValue(IdeasKey, QLatin1String(style.word));
        });
    }
    const auto showChecks = [this, linkActions, ideaActions] {
        const LayoutSettings &settings = m_document->diagram().layoutSettings();
        for (const auto &[action, value] : linkActions)
            action->setChecked(settings.links == value);
        for (const auto &[action, value] : ideaActions)
            action->setChecked(settings.ideas == value);
    };
    showChecks();
    connect(m_document.get(), &Document::changed, this, [showChecks](const DocumentChange &change) {
        if (change.has(DocumentChange::LayoutOptions))
            showChecks();
    });
}

namespace {

// Every action with a shortcut in `menu` and its submenus, as "keys — name" table rows.
void collectShortcuts(const QMenu *menu, QStringList &rows)
{
    for (QAction *a : menu->actions()) {
        if (a->menu()) {
            collectShortcuts(a->menu(), rows);
            continue;
        }
        if (a->shortcut().isEmpty())
            continue;
        QString name = a->text();
        name.remove(QLatin1Char('&'));
        name = name.section(QLatin1Char('\t'), 0, 0);
        rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                         name.toHtmlEscaped());
    }
}

} // namespace

void MainWindow::showKeyboardHelp()
{
    // Generated from the entry grammar and the menus, so it cannot drift from what the keys do.
    QStringList rows;
    for (const EntryController::Binding &b : EntryController::bindings())
        rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(b.keys.toString(QKeySequence::NativeText).toHtmlEscaped(),
                         EntryController::description(b).toHtmlEscaped());
    rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(tr("Arrows"), tr("move the selection to the neighbouring box"));
    for (const auto &[keys, what] : PresentationMode::keys())
        rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    for (const QAction *menu : menuBar()->actions()) {
        if (menu->menu())
            collectShortcuts(menu->menu(), rows);
    }
    QMessageBox::information(
        this, tr("Keyboard"),
        QStringLiteral("<table cellspacing=\"4\">%1</table><p>%2</p><p>%3</p>")
            .arg(rows.join(QString()),
                 tr("Ctrl+wheel zooms; middle-drag pans. Drag from a box's right edge onto another "
                    "box to link them; drag a box up or down to reorder its column. In the Parking "
                    "Lot, Enter adds an idea, F2 edits one, Delete removes it, Enter on one lists "
                    "the "
                    "drivers to place it under; drag an idea onto a "
                    "driver to place it, or a change idea out of the canvas into the lot to park "
                    "it."),
                 tr("In the find bar, Enter and Shift+Enter go to the next and the previous match "
                    "and Esc closes it. A click on a collapsed box's \"+N\" badge expands it.")));
}

void MainWindow::updateTitle()
{
    // The "[*]" marks where the modified star goes.
    setWindowTitle(tr("%1[*] — KeyDriver").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    // Each count a plural of its own: languages agree nouns with numbers differently.
    const auto count = [](std::size_t n) { return static_cast<int>(n); };
    m_status->setText(tr("%1, %2  ·  checks: %3, %4")
                          .arg(tr("%n boxes", nullptr, count(m_document->diagram().nodes().size())),
                               tr("%n links", nullptr, count(m_document->diagram().links().size())),
                               tr("%n errors", nullptr, count(m_checkResults->errorCount())),
                               tr("%n warnings", nullptr, count(m_checkResults->warningCount()))));
}

void MainWindow::copyDiagram()
{
    commitPendingEdits();
    // SVG for applications that take vector images, PNG for the rest (Word, PowerPoint, Writer).
    struct Job
    {
        Diagram diagram;
        QByteArray svg;
        QByteArray png;
        bool svgOk = false;
        bool pngOk = false;
    };
    auto job = std::make_shared<Job>();
    job->diagram = m_document->diagram();
    ExportOptions options;
    options.theme = m_scene->theme(); // what the user sees is what is pasted
    const auto work = [job, options] {
        QString error;
        job->svgOk =
            findExporter(ExportFormat::Svg)->write(job->diagram, options, job->svg, &error);
        job->pngOk =
            findExporter(ExportFormat::Png)->write(job->diagram, options, job->png, &error);
    };
    if (isSlowLayout(job->diagram)) {
        if (!runWithProgress(tr("Copying %1 boxes as an image…").arg(job->diagram.nodes().size()),
                             work, this))
            return;
    } else {
        work();
    }
    auto *mime = new QMimeData;
    if (job->svgOk)
        mime->setData(QStringLiteral("image/svg+xml"), job->svg);
    if (job->pngOk)
        mime->setImageData(QImage::fromData(job->png, "PNG"));
    QApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Diagram copied as SVG and PNG"), 4000);
}

void MainWindow::tidyUp()
{
    commitPendingEdits();
    const auto diagram = std::make_shared<const Diagram>(m_document->diagram());
    auto order = std::make_shared<TidyOrder>();
    const auto work = [diagram, order] { *order = tidyOrder(*diagram); };
    if (isSlowGraphvizLayout(*diagram)) {
        // The document cannot change meanwhile: the progress dialog is application-modal.
        if (!runWithProgress(tr("Tidying %1 boxes…").arg(diagram->nodes().size()), work, this))
            return;
    } else {
        work();
    }
    edit::tidyUp(*m_document, order->nodes, order->links);
}

void MainWindow::commitPendingEdits()
{
    m_view->finishEditing(true);
    m_outline->commitPendingEdit();
    m_inspector->commit();
    m_pdsa->commit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    commitPendingEdits();
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_recovery->discard();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            m_files->openInWindow(url.toLocalFile());
    }
}

} // namespace kdd
