#pragma once

#include "render/theme.h"
#include "views/presentationsteps.h"

#include <QByteArray>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QStringList>

#include <utility>
#include <vector>

class QAction;
class QDockWidget;
class QGraphicsOpacityEffect;
class QKeyEvent;
class QLabel;
class QPlainTextEdit;
class QPropertyAnimation;
class QTimer;
class QToolBar;
class QWidget;

namespace kdd {

class MainWindow;

// Presentation mode of one window (View ▸ Present, F5, or `keydriver --present FILE`): the
// canvas alone, full screen, in the projector theme and never with box text under
// MinTextPixels; Page Down/Up (Space/Backspace, Right/Left) step from the whole diagram through
// the primary drivers, the current branch in focus and the rest dimmed; B or . blanks the screen;
// Esc gives the window back exactly as it was. It changes views only — the document is never
// touched — yet editing stays possible: F2 opens the in-place editor, and Enter there just ends
// the edit (one undo step) instead of adding a box.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    explicit PresentationMode(MainWindow *window);
    ~PresentationMode() override;

    // View ▸ Present (F5), checked while presenting.
    QAction *action() const { return m_action; }
    bool isActive() const { return m_active; }
    // 0 is the whole diagram; k (1…stepCount()-1) the k-th primary driver's branch.
    int step() const { return m_step; }
    int stepCount() const { return static_cast<int>(m_steps.size()) + 1; }
    // The branch of step k is steps()[k - 1].
    const std::vector<PresentationStep> &steps() const { return m_steps; }
    bool isBlank() const;
    // The small step indicator ("2 / 4 · Reliable triage"); hidden once it has faded.
    QLabel *indicator() const { return m_indicator; }

    // The keys of the mode, as (keys, what they do) rows for Help ▸ Keyboard.
    static std::vector<std::pair<QString, QString>> keys();

    // Box text is never drawn smaller than this on screen while presenting (scroll for more).
    static constexpr qreal MinTextPixels = 18;
    // How long the step indicator stays before it fades, in milliseconds.
    static constexpr int IndicatorMs = 2500;

public slots:
    void enter();
    void leave();
    void next();
    void previous();
    void goToStep(int step);
    void blank();
    void unblank();

signals:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(QKeyEvent *event);
    // The steps worked out again after an edit, the same branch kept in focus.
    void refresh();
    void applySpotlight();
    void fitAndShow();
    void showIndicator();
    void placeIndicator();
    void hideChrome();
    void restoreChrome();
    // Shortcuts stop working with their menu bar hidden: the window holds them meanwhile.
    void adoptShortcuts();
    void watchEditor(QObject *child);

    MainWindow *m_window;
    // Compared with, never dereferenced, in eventFilter (the window deletes its view first).
    QPointer<QWidget> m_view;
    QPointer<QWidget> m_viewport;
    QAction *m_action;
    bool m_active = false;
    int m_step = 0;
    std::vector<PresentationStep> m_steps;
    QLabel *m_indicator;
    QGraphicsOpacityEffect *m_indicatorOpacity;
    QPropertyAnimation *m_fade;
    QTimer *m_fadeDelay;
    QWidget *m_blank;
    QPointer<QPlainTextEdit> m_editor; // the in-place editor while one is open

    // What entering changed, to put back on leaving.
    struct Saved
    {
        QByteArray geometry;
        Qt::WindowStates windowState;
        QByteArray dockState;
        std::vector<QPointer<QDockWidget>> docks;
        std::vector<QPointer<QToolBar>> toolBars;
        bool menuBar = true;
        bool statusBar = true;
        std::vector<QPointer<QAction>> adopted;
        Theme theme;
        qreal zoom = 1;
        QPointF centre;
        Qt::ScrollBarPolicy horizontal = Qt::ScrollBarAsNeeded;
        Qt::ScrollBarPolicy vertical = Qt::ScrollBarAsNeeded;
        int frameShape = 0;
    } m_saved;
};

// Opens `files` as the command line asks (each in `first` while it is untouched, else in a new
// window) and, with `present`, presents the window of the last one opened — none if none could
// be opened (each failure is shown). Returns that window (`first` if nothing opened).
MainWindow *openFromCommandLine(MainWindow *first, const QStringList &files, bool present);

} // namespace kdd
