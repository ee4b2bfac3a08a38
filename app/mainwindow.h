#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class QActionGroup;
class QLabel;
class QMenu;
class QUndoView;

namespace kdd {

class CheckResults;
class ChecksView;
class DiagramScene;
class DiagramView;
class Document;
class EditActions;
class EntryController;
class FileController;
class FocusActions;
class ChartsView;
class EquityPanel;
class Inspector;
class MeasureDataView;
class MeasuresView;
class OutlineView;
class ParkingLotView;
class PdsaPanel;
class PresentationMode;
class QuickActions;
class Recovery;
class Selection;

// One editor window on one document: assembles the canvas, the Outline, Inspector and History
// docks, the menus and the status bar. File actions live in FileController.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document.get(); }
    Selection *selection() const { return m_selection; }
    DiagramView *view() const { return m_view; }
    DiagramScene *scene() const { return m_scene; }
    OutlineView *outline() const { return m_outline; }
    Inspector *inspector() const { return m_inspector; }
    ChecksView *checks() const { return m_checks; }
    CheckResults *checkResults() const { return m_checkResults; }
    EntryController *entry() const { return m_entry; }
    MeasuresView *measures() const { return m_measures; }
    MeasureDataView *measureData() const { return m_measureData; }
    EquityPanel *equity() const { return m_equity; }
    ChartsView *charts() const { return m_charts; }
    ParkingLotView *parkingLot() const { return m_parkingLot; }
    PdsaPanel *pdsa() const { return m_pdsa; }
    FileController *files() const { return m_files; }
    EditActions *edits() const { return m_edits; }
    QuickActions *quickActions() const { return m_quick; }
    FocusActions *focus() const { return m_focus; }
    Recovery *recovery() const { return m_recovery; }
    PresentationMode *presentation() const { return m_presentation; }

    // Applies whatever is being typed — on the canvas, in the outline or the inspector — so that
    // saving, exporting and closing see it.
    void commitPendingEdits();

    // Asked before closing a modified document: Save, Discard or Cancel. Tests replace it.
    enum class CloseAnswer { Save, Discard, Cancel };
    std::function<CloseAnswer(MainWindow *)> askToSave;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void useFirstStartGeometry();
    void createMenus();
    // View ▸ Links and View ▸ Change Ideas.
    void createLayoutMenus(QMenu *view);
    void updateTitle();
    void updateStatus();
    void showKeyboardHelp();
    void copyDiagram();
    void tidyUp();

    std::unique_ptr<Document> m_document;
    Selection *m_selection;
    CheckResults *m_checkResults;
    EntryController *m_entry;
    DiagramScene *m_scene;
    DiagramView *m_view;
    OutlineView *m_outline;
    Inspector *m_inspector;
    QUndoView *m_history;
    ChecksView *m_checks;
    MeasuresView *m_measures;
    MeasureDataView *m_measureData = nullptr;
    EquityPanel *m_equity;
    ChartsView *m_charts;
    ParkingLotView *m_parkingLot;
    PdsaPanel *m_pdsa;
    FileController *m_files;
    EditActions *m_edits;
    QuickActions *m_quick;
    FocusActions *m_focus;
    Recovery *m_recovery;
    PresentationMode *m_presentation;
    QLabel *m_status;
    QLabel *m_zoomLabel;
};

} // namespace kdd
