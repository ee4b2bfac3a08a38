#include "filecontroller.h"

#include "exportdialog.h"
#include "propertiesdialog.h"
#include "mainwindow.h"
#include "recovery.h"

#include "model/document.h"
#include "model/editoperations.h"
#include "model/kddfile.h"
#include "render/pagedrawing.h"
#include "views/diagramscene.h"
#include "views/diagramview.h"

#include <QDate>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QApplication>
#include <QSettings>

namespace kdd {
namespace {

constexpr int MaxRecent = 10;
const QString kFilter = QStringLiteral("Key driver diagrams (*.kdd);;All files (*)");

bool isPristine(MainWindow *w)
{
    return w->document()->filePath().isEmpty() && !w->document()->isModified()
        && w->document()->diagram().nodes().empty();
}

} // namespace

FileController::FileController(MainWindow *window) : QObject(window), m_window(window) {}

QString FileController::templatesDirectory() { return QStringLiteral(KEYDRIVER_EXAMPLES_DIR); }

void FileController::populateFileMenu(QMenu *menu)
{
    menu->addAction(tr("&New"), QKeySequence::New, this, &FileController::newWindow);
    m_templatesMenu = menu->addMenu(tr("New from &Template"));
    fillTemplatesMenu();
    menu->addAction(tr("&Open…"), QKeySequence::Open, this, &FileController::open);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileController::fillRecentMenu);
    menu->addSeparator();
    menu->addAction(tr("&Save"), QKeySequence::Save, this, &FileController::save);
    menu->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &FileController::saveAs);
    menu->addAction(tr("Re&vert"), this, &FileController::revert);
    menu->addAction(tr("Save Re&vision…"), QKeySequence(tr("Ctrl+Shift+R")), this, &FileController::saveRevision);
    menu->addAction(tr("&Properties…"), this, [this] {
        m_window->commitPendingEdits();
        PropertiesDialog dialog(m_window->document(), m_window);
        dialog.exec();
    });
    menu->addSeparator();
    menu->addAction(tr("&Export…"), QKeySequence(tr("Ctrl+E")), this, &FileController::exportDiagram);
    menu->addAction(tr("&Print…"), QKeySequence::Print, this, &FileController::print);
    menu->addSeparator();
    menu->addAction(tr("&Close"), QKeySequence::Close, m_window, &QWidget::close);
    menu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
}

void FileController::fillTemplatesMenu()
{
    const QDir dir(templatesDirectory());
    for (const QString &name : dir.entryList({QStringLiteral("*.kdd")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        m_templatesMenu->addAction(QFileInfo(name).completeBaseName(), this, [this, path] {
            const LoadResult loaded = loadDiagram(path);
            if (!loaded.ok()) {
                QMessageBox::warning(m_window, tr("Template"), loaded.errorText());
                return;
            }
            // A template opens as a new, untitled document: saving never overwrites it.
            MainWindow *target = isPristine(m_window) ? m_window : new MainWindow;
            target->document()->reset(*loaded.diagram);
            target->document()->undoStack()->resetClean();
            target->show();
            target->view()->showOpened();
        });
    }
}

void FileController::newWindow()
{
    auto *w = new MainWindow;
    w->show();
}

bool FileController::openFile(const QString &path, QString *error)
{
    const LoadResult loaded = loadDiagram(path);
    if (!loaded.ok()) {
        if (error)
            *error = loaded.errorText();
        return false;
    }
    Document *doc = m_window->document();
    doc->reset(*loaded.diagram);
    doc->setFilePath(QFileInfo(path).absoluteFilePath());
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
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Open"), QString(), kFilter);
    for (const QString &path : paths)
        openInWindow(path);
}

bool FileController::saveFile(const QString &path, QString *error)
{
    m_window->commitPendingEdits();
    if (!m_window->document()->saveAs(path, error))
        return false;
    addRecent(path);
    return true;
}

bool FileController::save()
{
    if (m_window->document()->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!saveFile(m_window->document()->filePath(), &error)) {
        QMessageBox::critical(m_window, tr("Cannot save"), error);
        return false;
    }
    return true;
}

bool FileController::saveAs()
{
    // The dialog adds ".kdd" itself, so its "replace the existing file?" question covers it.
    QFileDialog dialog(m_window, tr("Save As"), m_window->document()->filePath(), kFilter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("kdd"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    const QString path = dialog.selectedFiles().constFirst();
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
    if (QMessageBox::question(m_window, tr("Revert"), tr("Discard all changes since the last save?"))
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
    const QString note = QInputDialog::getText(m_window, tr("Save Revision"),
                                               tr("What changed in the theory, and why (one line):"),
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

MainWindow *FileController::restore(const QString &recoveryFile, const QString &originalPath, QString *error)
{
    const LoadResult loaded = loadDiagram(recoveryFile);
    if (!loaded.ok()) {
        if (error)
            *error = loaded.errorText();
        return nullptr;
    }
    auto *window = new MainWindow;
    window->document()->reset(*loaded.diagram);
    window->document()->setFilePath(originalPath);
    window->document()->undoStack()->resetClean(); // unsaved until the user saves
    window->recovery()->writeNow();
    return window;
}

void FileController::offerRecovery(QWidget *parent)
{
    for (const Recovery::Entry &entry : Recovery::pending()) {
        const QString name = entry.originalPath.isEmpty() ? tr("an untitled diagram")
                                                          : QDir::toNativeSeparators(entry.originalPath);
        const auto answer = QMessageBox::question(
            parent, tr("Recover unsaved work"),
            tr("KeyDriver did not close cleanly. Unsaved changes to %1 were kept at %2.\n\n"
               "Restore them?").arg(name, entry.savedAt),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return; // keep the copies for next time
        if (answer == QMessageBox::Yes) {
            QString error;
            MainWindow *window = restore(entry.recoveryFile, entry.originalPath, &error);
            if (!window) {
                // Keep the copy: it may still be opened by hand.
                QMessageBox::warning(parent, tr("Cannot recover"),
                                     tr("%1\n\nThe copy is kept at %2.").arg(error, entry.recoveryFile));
                continue;
            }
            window->show();
        }
        Recovery::remove(entry);
    }
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
}

void FileController::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &path : files)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openInWindow(path); });
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void FileController::exportDiagram()
{
    m_window->commitPendingEdits();
    ExportDialog dialog(m_window->document(), m_window);
    dialog.exec();
}

void FileController::print()
{
    m_window->commitPendingEdits();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    // The pages keep their own margin, as in a PDF export: paint the whole sheet.
    printer.setFullPage(true);
    printer.setDocName(m_window->document()->diagram().title());
    QPrintPreviewDialog preview(&printer, m_window);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        // The same pages as `keydriver export --page a4|letter` on this paper (scaled to fit,
        // or tiled), in the canvas's theme.
        ExportOptions options;
        options.theme = m_window->scene()->theme();
        QString error;
        if (!printDiagram(m_window->document()->diagram(), options, *p, &error))
            QMessageBox::warning(m_window, tr("Cannot print"), error);
    });
    preview.exec();
}

} // namespace kdd
