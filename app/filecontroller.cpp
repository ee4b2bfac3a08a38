#include "filecontroller.h"

#include "charterexport.h"
#include "desktoprecent.h"
#include "diskwatch.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "measuredataimport.h"
#include "preferences.h"
#include "propertiesdialog.h"
#include "recovery.h"
#include "templatechooser.h"

#include "model/csvoutline.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/kddfile.h"
#include "model/outlinereader.h"
#include "render/pagedrawing.h"
#include "views/diagramscene.h"
#include "views/diagramview.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace kdd {
namespace {

constexpr int MaxRecent = 10;

// The file dialogs' name filters: the words translated, the patterns kept.
QString fileFilter()
{
    return FileController::tr("KeyDriver diagrams (*.kdd)") + QStringLiteral(";;")
         + FileController::tr("All files (*)");
}

bool isPristine(MainWindow *w)
{
    return w->document()->filePath().isEmpty() && !w->document()->isModified()
        && w->document()->diagram().nodes().empty();
}

QString fileSaveDialog(MainWindow *window)
{
    // The dialog adds ".kdd" itself, so its "replace the existing file?" question covers it.
    QFileDialog dialog(window, FileController::tr("Save As"), window->document()->filePath(),
                       fileFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("kdd"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    return dialog.selectedFiles().constFirst();
}

FileController::ConflictAnswer conflictDialog(MainWindow *window, const DiskState &now)
{
    using Answer = FileController::ConflictAnswer;
    const QString name = window->document()->displayName();
    QMessageBox box(
        QMessageBox::Warning, FileController::tr("File changed on disk"),
        now.exists ? FileController::tr("“%1” was changed on disk %2, after you opened or last "
                                        "saved it (by another program or another window).")
                         .arg(name, humanDateTime(now.modified))
                   : FileController::tr("“%1” was deleted or moved away after you opened or "
                                        "last saved it.")
                         .arg(name),
        QMessageBox::NoButton, window);
    QString help =
        FileController::tr("Overwrite: replace it with your version; the changes made on "
                           "disk are lost.\nSave As…: keep both; save your version under "
                           "another name.");
    QPushButton *overwrite =
        box.addButton(FileController::tr("Overwrite"), QMessageBox::DestructiveRole);
    QPushButton *saveAs = box.addButton(FileController::tr("Save As…"), QMessageBox::AcceptRole);
    QPushButton *reload = nullptr;
    if (now.exists) {
        reload = box.addButton(FileController::tr("Reload"), QMessageBox::ResetRole);
        help +=
            FileController::tr("\nReload: discard your changes here and open the version on disk.");
    }
    box.addButton(QMessageBox::Cancel);
    box.setInformativeText(help);
    box.setDefaultButton(saveAs);
    box.exec();
    return box.clickedButton() == overwrite        ? Answer::Overwrite
         : box.clickedButton() == saveAs           ? Answer::SaveAs
         : reload && box.clickedButton() == reload ? Answer::Reload
                                                   : Answer::Cancel;
}

FileController::RecoveryAnswer recoveryDialog(QWidget *parent, const Recovery::Entry &entry)
{
    using Answer = FileController::RecoveryAnswer;
    const QString name = entry.originalPath.isEmpty()
                           ? FileController::tr("an untitled diagram")
                           : QDir::toNativeSeparators(entry.originalPath);
    const QDateTime when = entry.savedTime();
    QMessageBox box(
        QMessageBox::Question, FileController::tr("Recover unsaved work"),
        FileController::tr("KeyDriver did not close cleanly. Unsaved changes to %1 were "
                           "copied %2.")
            .arg(name, when.isValid() ? humanDateTime(when) : FileController::tr("before")),
        QMessageBox::NoButton, parent);
    box.setInformativeText(FileController::tr(
        "Restore: open the changes in a window, unsaved; save them to keep them.\n"
        "Discard: delete the copy for good.\n"
        "Keep for Later: leave the copy; KeyDriver offers it again the next time it starts."));
    QPushButton *restore = box.addButton(FileController::tr("Restore"), QMessageBox::AcceptRole);
    QPushButton *discard =
        box.addButton(FileController::tr("Discard"), QMessageBox::DestructiveRole);
    QPushButton *keep =
        box.addButton(FileController::tr("Keep for Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == restore ? Answer::Restore
         : box.clickedButton() == discard ? Answer::Discard
                                          : Answer::KeepForLater;
}

} // namespace

std::function<FileController::RecoveryAnswer(QWidget *, const Recovery::Entry &)>
    FileController::askToRecover = recoveryDialog;

FileController::FileController(MainWindow *window)
    : QObject(window), askOnConflict(conflictDialog), askForSavePath(fileSaveDialog),
      m_window(window), m_disk(new DiskWatch(this))
{
    connect(m_disk, &DiskWatch::changedExternally, this, &FileController::showDiskChange);
}

// Compiled into the program (app/CMakeLists.txt), so they are there wherever it is installed.
QString FileController::templatesDirectory() { return QStringLiteral(":/templates"); }

void FileController::writeInSpokenLanguage(Diagram &diagram)
{
    const QString spoken = Preferences::spokenLanguage();
    if (spoken == QLatin1String("en") || !diagram.metadata().language.isEmpty())
        return; // English is what "" already means where no catalog is installed
    Metadata meta = diagram.metadata();
    meta.language = spoken;
    diagram.setMetadata(meta);
}

void FileController::populateFileMenu(QMenu *menu)
{
    menu->addAction(tr("&New"), QKeySequence::New, this, &FileController::newWindow);
    menu->addAction(tr("New from Te&mplate…"), this, &FileController::newFromTemplate);
    menu->addAction(tr("&Open…"), QKeySequence::Open, this, &FileController::open);
    menu->addAction(tr("Import O&utline…"), this, &FileController::importFile);
    menu->addAction(tr("Import Measure &Data…"), this, [this] { importMeasureData(m_window); });
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileController::fillRecentMenu);
    menu->addSeparator();
    menu->addAction(tr("&Save"), QKeySequence::Save, this, &FileController::save);
    menu->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &FileController::saveAs);
    menu->addAction(tr("Rever&t"), this, &FileController::revert);
    menu->addAction(tr("Save Re&vision…"), QKeySequence(tr("Ctrl+Shift+R")), this,
                    &FileController::saveRevision);
    menu->addAction(tr("Propert&ies…"), this, [this] {
        m_window->commitPendingEdits();
        PropertiesDialog dialog(m_window->document(), m_window);
        dialog.exec();
    });
    menu->addSeparator();
    menu->addAction(tr("&Export…"), QKeySequence(tr("Ctrl+E")), this,
                    &FileController::exportDiagram);
    menu->addAction((new CharterExport(m_window))->action());
    menu->addAction(tr("&Print…"), QKeySequence::Print, this, &FileController::print);
    menu->addSeparator();
    menu->addAction(tr("&Close"), QKeySequence::Close, m_window, &QWidget::close);
    menu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
}

void FileController::newFromTemplate()
{
    const QString path = TemplateChooser::ask(m_window, templatesDirectory());
    if (!path.isEmpty())
        openTemplate(path);
}

MainWindow *FileController::openTemplate(const QString &path)
{
    const LoadResult loaded = loadDiagram(path);
    if (!loaded.ok()) {
        QMessageBox::warning(m_window, tr("Template"), loaded.errorText());
        return nullptr;
    }
    // A template opens as a new, untitled document: saving never overwrites it.
    MainWindow *target = isPristine(m_window) ? m_window : new MainWindow;
    Diagram diagram = *loaded.diagram;
    Preferences::applyToNewDiagram(diagram);
    writeInSpokenLanguage(diagram);
    target->document()->reset(diagram);
    target->document()->undoStack()->resetClean();
    target->files()->trackFile(QString(), nullptr);
    target->show();
    target->view()->showOpened();
    return target;
}

void FileController::newWindow()
{
    auto *w = new MainWindow;
    w->show();
}

MainWindow *FileController::importOutline(const QString &path, QString *error)
{
    QByteArray bytes;
    LoadResult read;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (const std::optional<QString> problem = readInputFile(path, bytes))
        read.problems.push_back({path, 0, 0, *problem});
    else if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        read = readMarkdownOutline(bytes, path);
    else if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        read = readCsvOutline(bytes, path);
    else
        read = readPlainOutline(bytes, path);
    if (!read.ok()) {
        if (error)
            *error = read.errorText();
        return nullptr;
    }
    // Like a template: a new, untitled document, so saving never writes over the outline.
    MainWindow *target = isPristine(m_window) ? m_window : new MainWindow;
    Diagram diagram = *read.diagram;
    Preferences::applyToNewDiagram(diagram);
    target->document()->reset(diagram);
    target->document()->undoStack()->resetClean();
    target->files()->trackFile(QString(), nullptr);
    target->show();
    target->view()->showOpened();
    return target;
}

void FileController::importFile()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Outline"), QString(),
        tr("Outlines and spreadsheets (*.md *.markdown *.txt *.csv *.tsv);;"
           "All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importOutline(path, &error))
        QMessageBox::warning(m_window, tr("Import Outline"), error);
}

bool FileController::openFile(const QString &path, QString *error)
{
    const DiskState readAt = DiskState::of(path, false);
    const LoadResult loaded = loadDiagram(path);
    if (!loaded.ok()) {
        if (error)
            *error = loaded.errorText();
        return false;
    }
    Document *doc = m_window->document();
    doc->reset(*loaded.diagram);
    doc->setFilePath(QFileInfo(path).absoluteFilePath());
    trackFile(doc->filePath(), &readAt);
    addRecent(doc->filePath());
    m_window->view()->showOpened();
    return true;
}

MainWindow *FileController::openInWindow(const QString &path)
{
    MainWindow *target = isPristine(m_window) ? m_window : new MainWindow;
    QString error;
    if (!target->files()->openFile(path, &error)) {
        QMessageBox::warning(m_window, tr("Cannot open"), error);
        if (target != m_window)
            target->deleteLater();
        return nullptr;
    }
    target->show();
    return target;
}

void FileController::open()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_window, tr("Open"), QString(), fileFilter());
    for (const QString &path : paths)
        openInWindow(path);
}

bool FileController::saveFile(const QString &path, QString *error)
{
    m_window->commitPendingEdits();
    if (!m_window->document()->saveAs(path, error))
        return false;
    trackFile(path, nullptr);
    addRecent(path);
    return true;
}

void FileController::trackFile(const QString &path, const DiskState *readAt,
                               const QByteArray &heldSha256)
{
    hideDiskChange();
    if (path.isEmpty())
        m_disk->stop();
    else if (!heldSha256.isEmpty())
        m_disk->track(path, heldSha256);
    else
        m_disk->track(path, readAt);
    if (m_window->recovery())
        m_window->recovery()->setFileSha256(m_disk->heldSha256());
}

bool FileController::save()
{
    if (m_window->document()->filePath().isEmpty())
        return saveAs();
    m_window->commitPendingEdits();
    DiskState now;
    if (m_disk->changedOnDisk(&now)) {
        switch (askOnConflict(m_window, now)) {
        case ConflictAnswer::Overwrite:
            break;
        case ConflictAnswer::SaveAs:
            return saveAs();
        case ConflictAnswer::Reload:
            reloadFromDisk();
            return false; // nothing was saved: the user now sees the other version
        case ConflictAnswer::Cancel:
            return false;
        }
    }
    QString error;
    if (!saveFile(m_window->document()->filePath(), &error)) {
        QMessageBox::critical(m_window, tr("Cannot save"), error);
        return false;
    }
    return true;
}

bool FileController::saveAs()
{
    const QString path = askForSavePath(m_window);
    if (path.isEmpty())
        return false;
    QString error;
    if (!saveFile(path, &error)) {
        QMessageBox::critical(m_window, tr("Cannot save"), error);
        return false;
    }
    return true;
}

void FileController::revert()
{
    m_window->commitPendingEdits();
    const QString path = m_window->document()->filePath();
    if (path.isEmpty() || !m_window->document()->isModified())
        return;
    if (QMessageBox::question(m_window, tr("Revert"),
                              tr("Discard all changes since the last save?"))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(m_window, tr("Cannot revert"), error);
}

void FileController::saveRevision()
{
    // Kept inside the file: "retain archived versions of the KDD" (Cincinnati KDD guidance).
    m_window->commitPendingEdits();
    bool ok = false;
    const QString note = QInputDialog::getText(
        m_window, tr("Save Revision"), tr("What changed in the theory, and why (one line):"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    edit::saveRevision(*m_window->document(), note, QDate::currentDate().toString(Qt::ISODate));
}

bool FileController::maybeSave()
{
    m_window->commitPendingEdits();
    if (!m_window->document()->isModified())
        return true;
    switch (m_window->askToSave(m_window)) {
    case MainWindow::CloseAnswer::Save:
        return save();
    case MainWindow::CloseAnswer::Discard:
        return true;
    case MainWindow::CloseAnswer::Cancel:
        return false;
    }
    return false;
}

MainWindow *FileController::restore(const Recovery::Entry &entry, QString *error, MainWindow *into)
{
    const LoadResult loaded = loadDiagram(entry.recoveryFile);
    if (!loaded.ok()) {
        if (error)
            *error = loaded.errorText();
        return nullptr;
    }
    MainWindow *window = into ? into : new MainWindow;
    window->document()->reset(*loaded.diagram);
    window->document()->setFilePath(entry.originalPath);
    window->document()->undoStack()->resetClean(); // unsaved until the user saves
    // The edits started from the version the copy names: a file changed since is a conflict.
    window->files()->trackFile(entry.originalPath, nullptr, entry.fileSha256);
    window->recovery()->writeNow();
    return window;
}

MainWindow *FileController::restore(const QString &recoveryFile, const QString &originalPath,
                                    QString *error)
{
    Recovery::Entry entry;
    entry.recoveryFile = recoveryFile;
    entry.originalPath = originalPath;
    return restore(entry, error);
}

void FileController::offerRecovery(MainWindow *pristine)
{
    // Every copy stays locked from here until it is answered: another KeyDriver starting
    // meanwhile offers none of them.
    const std::vector<Recovery::Entry> entries = Recovery::pending();
    for (const Recovery::Entry &entry : entries) {
        switch (askToRecover(pristine, entry)) {
        case RecoveryAnswer::KeepForLater:
            Recovery::release(entry);
            break;
        case RecoveryAnswer::Discard:
            Recovery::remove(entry);
            break;
        case RecoveryAnswer::Restore: {
            QString error;
            MainWindow *into = pristine && isPristine(pristine) ? pristine : nullptr;
            MainWindow *window = restore(entry, &error, into);
            if (!window) {
                // Still there: our lock kept anyone else from removing it.
                QMessageBox::warning(pristine, tr("Cannot recover"),
                                     tr("%1\n\nThe copy is kept at %2 and offered again next time.")
                                         .arg(error, QDir::toNativeSeparators(entry.recoveryFile)));
                Recovery::release(entry);
                break;
            }
            window->show();
            Recovery::remove(entry);
            break;
        }
        }
    }
}

bool FileController::reloadFromDisk()
{
    QString error;
    if (!openFile(m_window->document()->filePath(), &error)) {
        QMessageBox::warning(m_window, tr("Cannot reload"), error);
        return false;
    }
    return true;
}

void FileController::showDiskChange(const DiskState &now)
{
    if (!m_diskBar) {
        // A bar, not a dialog: the change may come while the user works in another program.
        m_diskBar = new QToolBar(tr("File Changed on Disk"), m_window);
        m_diskBar->setObjectName(QStringLiteral("diskChangeBar"));
        m_diskBar->setMovable(false);
        m_diskLabel = new QLabel(m_diskBar);
        m_diskLabel->setWordWrap(true);
        m_diskBar->addWidget(m_diskLabel);
        m_reloadAction = m_diskBar->addAction(tr("Reload"), this, &FileController::reloadFromDisk);
        m_reloadAction->setObjectName(QStringLiteral("reloadFromDisk"));
        m_diskBar->addAction(tr("Dismiss"), this, &FileController::hideDiskChange);
        m_window->addToolBarBreak(Qt::TopToolBarArea);
        m_window->addToolBar(Qt::TopToolBarArea, m_diskBar);
    }
    const QString name = m_window->document()->displayName();
    const bool modified = m_window->document()->isModified();
    QString text = now.exists ? tr("“%1” was changed on disk %2 by another program or window.")
                                    .arg(name, humanDateTime(now.modified))
                              : tr("“%1” was deleted or moved away on disk.").arg(name);
    if (modified)
        text += QLatin1Char(' ')
              + tr("You have unsaved changes here: saving will ask before replacing it.");
    else if (!now.exists)
        text += QLatin1Char(' ') + tr("Save to write it again.");
    m_diskLabel->setText(text);
    m_reloadAction->setVisible(now.exists);
    m_reloadAction->setText(modified ? tr("Reload (Discard My Changes)") : tr("Reload"));
    m_diskBar->show();
    m_window->statusBar()->showMessage(text, 10000);
}

void FileController::hideDiskChange()
{
    if (m_diskBar)
        m_diskBar->hide();
}

QStringList FileController::recentFiles()
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void FileController::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecent)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    QString error;
    if (!DesktopRecent::add(path, &error) && DesktopRecent::isEnabled())
        qWarning("desktop recent files: %s", qUtf8Printable(error));
}

void FileController::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &path : files)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openInWindow(path); });
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void FileController::exportDiagram()
{
    m_window->commitPendingEdits();
    ExportDialog dialog(m_window->document(), m_window);
    dialog.setThemeName(m_window->scene()->theme().name);
    dialog.exec();
}

void FileController::print()
{
    m_window->commitPendingEdits();
    QPrinter printer(QPrinter::HighResolution);
    ExportOptions options;
    options.theme = m_window->scene()->theme();
    // The orientation --orientation auto would choose on the printer's paper; the user may turn
    // it in the preview, and the pages follow.
    printer.setPageOrientation(
        preferredOrientation(m_window->document()->diagram(), options,
                             printer.pageLayout().fullRect(QPageLayout::Point).size())
                == PageOrientation::Portrait
            ? QPageLayout::Portrait
            : QPageLayout::Landscape);
    // The pages keep their own margin, as in a PDF export: paint the whole sheet.
    printer.setFullPage(true);
    printer.setDocName(m_window->document()->diagram().title());
    QPrintPreviewDialog preview(&printer, m_window);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, options](QPrinter *p) {
        // The same pages as `keydriver export --page a4|letter|a3` on this paper and
        // orientation (one page, or cut between boxes), in the canvas's theme.
        QString error;
        if (!printDiagram(m_window->document()->diagram(), options, *p, &error))
            QMessageBox::warning(m_window, tr("Cannot print"), error);
    });
    preview.exec();
}

} // namespace kdd
