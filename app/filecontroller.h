#pragma once

#include "recovery.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QToolBar;

namespace kdd {

class Diagram;
class DiskWatch;
class MainWindow;
struct DiskState;

// The File menu of one window: new (blank or from a template), open, open recent, save, save
// as, revert, export, print, close. Opening a bad file shows the loader's message and changes
// nothing; saving is atomic. The *File functions do the work without dialogs (for tests and
// the command line); the actions wrap them with dialogs. Saving never silently replaces a file
// that changed on disk since it was opened or saved (see DiskWatch): it asks first.
class FileController : public QObject
{
    Q_OBJECT

public:
    explicit FileController(MainWindow *window);

    // Asked before saving over a file that changed on disk; `now` is what is there (it may be
    // gone). Tests replace it, as they do the other questions below.
    enum class ConflictAnswer { Overwrite, SaveAs, Reload, Cancel };
    std::function<ConflictAnswer(MainWindow *, const DiskState &now)> askOnConflict;
    // The file name for Save As; empty to cancel.
    std::function<QString(MainWindow *)> askForSavePath;
    // Asked at start-up for each copy left by a crash.
    enum class RecoveryAnswer { Restore, Discard, KeepForLater };
    static std::function<RecoveryAnswer(QWidget *, const Recovery::Entry &)> askToRecover;

    void populateFileMenu(QMenu *menu);

    // Loads `path` into this window's document; on failure returns false, sets `error` and
    // leaves the document as it was.
    bool openFile(const QString &path, QString *error);
    // Opens `path` here if this window holds an untouched blank diagram, else in a new window.
    // Shows a message on failure.
    MainWindow *openInWindow(const QString &path);
    bool saveFile(const QString &path, QString *error);
    // Reads an outline (`.md`/`.markdown`: the Markdown outline of export, `.csv`/`.tsv`: a
    // spreadsheet with one row per path, anything else: indented plain text) as a new, untitled
    // diagram, here if this window is untouched, else in a new window. On failure returns nullptr
    // and sets `error` to every problem, with lines.
    MainWindow *importOutline(const QString &path, QString *error);
    // Opens the diagram at `path` as a new, untitled document (here if this window is
    // untouched, else in a new window); shows the loader's message and returns null on failure.
    MainWindow *openTemplate(const QString &path);
    // Before closing: saves, discards or cancels as the user answers; true if it may close.
    bool maybeSave();

    // Opens a recovered copy as unsaved changes to its original file, in `into` (a pristine
    // window) or else a new window, which writes its own copy; the caller removes the old one.
    static MainWindow *restore(const Recovery::Entry &entry, QString *error,
                               MainWindow *into = nullptr);
    static MainWindow *restore(const QString &recoveryFile, const QString &originalPath,
                               QString *error);
    // Asks about each copy left by a crash (askToRecover), holding the copies' locks until each
    // is answered; the first restored copy replaces `pristine` if it is still an empty window.
    static void offerRecovery(MainWindow *pristine);

    // Watches this window's file on disk (for tests: the change bar and its timing).
    DiskWatch *diskWatch() const { return m_disk; }
    // Replaces the document with the file on disk, discarding unsaved changes.
    bool reloadFromDisk();

    static QStringList recentFiles();
    static QString templatesDirectory();
    // A new document (File ▸ New, a template) is written in the language the program speaks
    // unless it names its own: a Spanish team's file then exports Spanish headers anywhere.
    static void writeInSpokenLanguage(Diagram &diagram);

public slots:
    void newWindow();
    // Asks which template (TemplateChooser::ask) and opens it with openTemplate.
    void newFromTemplate();
    void open();
    void importFile();
    bool save();
    bool saveAs();
    void revert();
    void saveRevision();
    void exportDiagram();
    void print();

private:
    // After open or save: the version on disk is the one this window holds.
    void trackFile(const QString &path, const DiskState *readAt, const QByteArray &heldSha256 = {});
    void showDiskChange(const DiskState &now);
    void hideDiskChange();
    void addRecent(const QString &path);
    void fillRecentMenu();

    MainWindow *m_window;
    QMenu *m_recentMenu = nullptr;
    DiskWatch *m_disk;
    QToolBar *m_diskBar = nullptr; // shown while the file on disk differs from this window's
    QLabel *m_diskLabel = nullptr;
    QAction *m_reloadAction = nullptr;
};

} // namespace kdd
