#include "layoutprogress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

namespace kdd {

namespace {

// The workers started and not yet deleted (touched from the main thread only).
std::vector<QPointer<QThread>> &workers()
{
    static std::vector<QPointer<QThread>> all;
    return all;
}

} // namespace

void waitForAbandonedLayouts()
{
    for (const QPointer<QThread> &thread : workers()) {
        if (thread)
            thread->wait();
    }
    workers().clear();
}

bool runWithProgress(const QString &label, std::function<void()> work, QWidget *parent)
{
    auto done = std::make_shared<bool>(false); // read and written in the calling thread only
    QThread *thread = QThread::create(std::move(work));
    // Graphviz recurses as deep as a column is long (with a 256 KiB stack 2,000 boxes in one
    // column already crash): give the worker more than the main thread's usual 8 MiB.
    thread->setStackSize(64 * 1024 * 1024);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // Quitting while abandoned work still runs waits for it: tearing Graphviz and Qt down under
    // a running thread could crash on the way out.
    auto &running = workers();
    running.erase(std::remove_if(running.begin(), running.end(),
                                 [](const QPointer<QThread> &t) { return t.isNull(); }),
                  running.end());
    running.emplace_back(thread);
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, thread,
                     [thread] { thread->wait(); });
    QProgressDialog progress(label, QCoreApplication::translate("kdd::DiagramScene", "Cancel"), 0,
                             0, parent);
    progress.setWindowTitle(QCoreApplication::translate("kdd::DiagramScene", "Layout"));
    // Modal for the whole application: no edit can arrive in any window while it runs.
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    QTimer::singleShot(300, &progress, &QWidget::show); // work that ends sooner shows nothing
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, [done, &loop] {
        *done = true;
        loop.quit();
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    return *done;
}

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
    };
    auto job = std::make_shared<Job>();
    job->diagram = diagram;
    job->options = options;
    const QString label =
        QCoreApplication::translate("kdd::DiagramScene", "Laying out %1 boxes and %2 links…")
            .arg(diagram.nodes().size())
            .arg(diagram.links().size());
    if (!runWithProgress(
            label,
            [job] {
                job->ok = layoutDiagram(job->diagram, job->options, job->layout, &job->error);
            },
            parent)) {
        error.clear();
        return false; // cancelled
    }
    error = job->error;
    if (job->ok)
        layout = std::move(job->layout);
    return job->ok;
}

} // namespace kdd
