#include "layoutprogress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace kdd {

bool layoutWithProgress(const Diagram &diagram, const LayoutOptions &options, DiagramLayout &layout,
                        QString &error, QWidget *parent)
{
    // The worker owns copies of its input and output, so a cancelled layout can outlive the
    // document, the scene and this call.
    struct Job
    {
        Diagram diagram;
        LayoutOptions options;
        DiagramLayout layout;
        QString error;
        bool ok = false;
        bool done = false; // read and written in the calling thread only
    };
    auto job = std::make_shared<Job>();
    job->diagram = diagram;
    job->options = options;
    QThread *thread = QThread::create(
        [job] { job->ok = layoutDiagram(job->diagram, job->options, job->layout, &job->error); });
    // Graphviz recurses as deep as a column is long (with a 256 KiB stack 2,000 boxes in one
    // column already crash): give the worker more than the main thread's usual 8 MiB.
    thread->setStackSize(64 * 1024 * 1024);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // Quitting while an abandoned layout still runs waits for it: tearing Graphviz and Qt down
    // under a running thread could crash on the way out.
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, thread,
                     [thread] { thread->wait(); });

    QProgressDialog progress(
        QCoreApplication::translate("kdd::DiagramScene", "Laying out %1 boxes and %2 links…")
            .arg(diagram.nodes().size())
            .arg(diagram.links().size()),
        QCoreApplication::translate("kdd::DiagramScene", "Cancel"), 0, 0, parent);
    progress.setWindowTitle(QCoreApplication::translate("kdd::DiagramScene", "Layout"));
    // Modal for the whole application: no edit can arrive in any window while it runs.
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    QTimer::singleShot(300, &progress, &QWidget::show); // a layout that ends sooner shows nothing
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, [job, &loop] {
        job->done = true;
        loop.quit();
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    if (!job->done) {
        error.clear();
        return false; // cancelled
    }
    error = job->error;
    if (job->ok)
        layout = std::move(job->layout);
    return job->ok;
}

} // namespace kdd
