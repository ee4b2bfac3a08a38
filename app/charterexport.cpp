#include "charterexport.h"

#include "mainwindow.h"

#include "model/atomicfile.h"
#include "model/document.h"
#include "model/layoutlimits.h"
#include "render/exporter.h"
#include "views/diagramscene.h"
#include "views/layoutprogress.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

#include <algorithm>
#include <memory>

namespace kdd {
namespace {

ExportOptions charterOptions()
{
    ExportOptions options;
    options.what = ExportContent::Charter;
    options.page = ExportPage::A4;
    return options;
}

// The exporters that write the charter, PDF and Word first: what teams hand in most.
std::vector<const Exporter *> charterExporters()
{
    std::vector<const Exporter *> list;
    for (const auto &exporter : exporters()) {
        if (charterOptions().validateFor(exporter->format(), nullptr))
            list.push_back(exporter.get());
    }
    const auto rank = [](ExportFormat format) {
        switch (format) {
        case ExportFormat::Pdf:
            return 0;
        case ExportFormat::Docx:
            return 1;
        case ExportFormat::Odt:
            return 2;
        case ExportFormat::Html:
            return 3;
        default:
            return 4;
        }
    };
    std::stable_sort(list.begin(), list.end(), [&rank](const Exporter *a, const Exporter *b) {
        return rank(a->format()) < rank(b->format());
    });
    return list;
}

QString filterOf(const Exporter *exporter)
{
    return QStringLiteral("%1 (*.%2)").arg(exporter->description(), exporter->suffix());
}

QString saveDialog(QWidget *parent, const QString &suggested, const QStringList &filters,
                   QString *chosen)
{
    return QFileDialog::getSaveFileName(parent, CharterExport::tr("Export Charter"), suggested,
                                        filters.join(QStringLiteral(";;")), chosen);
}

void errorBox(QWidget *parent, const QString &message)
{
    QMessageBox::critical(parent, CharterExport::tr("Cannot export the charter"), message);
}

} // namespace

CharterExport::CharterExport(MainWindow *window)
    : QObject(window), askForPath(saveDialog), showError(errorBox), m_window(window),
      m_action(new QAction(tr("Export C&harter…"), this))
{
    m_action->setStatusTip(tr("The project charter with the diagram in it, as PDF, Word, "
                              "OpenDocument or a web page"));
    connect(m_action, &QAction::triggered, this, &CharterExport::exportCharter);
}

QStringList CharterExport::filters()
{
    QStringList list;
    for (const Exporter *exporter : charterExporters())
        list << filterOf(exporter);
    return list;
}

bool CharterExport::formatFor(QString &path, const QString &filter, ExportFormat &format)
{
    const std::vector<const Exporter *> list = charterExporters();
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const Exporter *exporter : list) {
        if (exporter->suffix() == suffix) {
            format = exporter->format();
            return true;
        }
    }
    for (const Exporter *exporter : list) {
        if (filterOf(exporter) == filter) {
            format = exporter->format();
            path += QLatin1Char('.') + exporter->suffix();
            return true;
        }
    }
    return false;
}

bool CharterExport::exportCharter()
{
    m_window->commitPendingEdits();
    const Document *document = m_window->document();
    const QFileInfo source(document->filePath());
    const QString base = document->filePath().isEmpty()
                           ? QStringLiteral("charter")
                           : source.path() + QLatin1Char('/') + source.completeBaseName()
                                 + QStringLiteral("-charter");
    const QStringList offered = filters();
    QString chosen = offered.value(0);
    QString path = askForPath(m_window, base + QStringLiteral(".pdf"), offered, &chosen);
    if (path.isEmpty())
        return false;
    ExportFormat format = ExportFormat::Pdf;
    if (!formatFor(path, chosen, format)) {
        showError(m_window, tr("%1: choose a file ending in .pdf, .docx, .odt or .html")
                                .arg(QFileInfo(path).fileName()));
        return false;
    }
    QString error;
    if (exportTo(path, format, &error))
        return true;
    if (!error.isEmpty())
        showError(m_window, tr("Could not write %1:\n%2").arg(path, error));
    return false;
}

bool CharterExport::exportTo(const QString &path, ExportFormat format, QString *error)
{
    // As the Export dialog: a slow diagram is laid out in a worker behind a progress dialog,
    // and the file is written only once the export has finished.
    struct Job
    {
        Diagram diagram;
        ExportOptions options = charterOptions();
        QByteArray bytes;
        QString error;
        bool ok = false;
    };
    auto job = std::make_shared<Job>();
    job->diagram = m_window->document()->diagram();
    job->options.theme = m_window->scene()->theme();
    const Exporter *exporter = findExporter(format);
    if (!exporter) {
        if (error)
            *error = tr("no exporter for this format");
        return false;
    }
    const auto work = [job, exporter] {
        job->ok = exporter->write(job->diagram, job->options, job->bytes, &job->error);
    };
    if (isSlowLayout(job->diagram)) {
        if (!runWithProgress(
                tr("Exporting the charter of %1 boxes…").arg(job->diagram.nodes().size()), work,
                m_window)) {
            if (error)
                error->clear();
            return false;
        }
    } else {
        work();
    }
    QString reason = job->error;
    if (!job->ok || !writeFileAtomically(path, job->bytes, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    return true;
}

} // namespace kdd
