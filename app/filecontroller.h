#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;

namespace kdd {

class MainWindow;

// The File menu of one window: new (blank or from a template), open, open recent, save, save
// as, revert, export, print, close. Opening a bad file shows the loader's message and changes
// nothing; saving is atomic. The *File functions do the work without dialogs (for tests and
// the command line); the actions wrap them with dialogs.
class FileController : public QObject
{
    Q_OBJECT

public:
    explicit FileController(MainWindow *window);

    void populateFileMenu(QMenu *menu);

    // Loads `path` into this window's document; on failure returns false, sets `error` and
    // leaves the document as it was.
    bool openFile(const QString &path, QString *error);
    // Opens `path` here if this window holds an untouched blank diagram, else in a new window.
    // Shows a message on failure.
    MainWindow *openInWindow(const QString &path);
    bool saveFile(const QString &path, QString *error);
    // Before closing: saves, discards or cancels as the user answers; true if it may close.
    bool maybeSave();

    // Opens a recovered copy in a new window as unsaved changes to its original file; the
    // copy is removed once the new window holds it (and will write its own copy).
    static MainWindow *restore(const QString &recoveryFile, const QString &originalPath, QString *error);
    // Asks whether to restore each copy left by a crash, and does.
    static void offerRecovery(QWidget *parent);

    static QStringList recentFiles();
    static QString templatesDirectory();

public slots:
    void newWindow();
    void open();
    bool save();
    bool saveAs();
    void revert();
    void saveRevision();
    void exportDiagram();
    void print();

private:
    void addRecent(const QString &path);
    void fillRecentMenu();
    void fillTemplatesMenu();

    MainWindow *m_window;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_templatesMenu = nullptr;
};

} // namespace kdd
