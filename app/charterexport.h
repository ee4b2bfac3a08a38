#pragma once

#include "render/exportoptions.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;

namespace kdd {

class MainWindow;

// File ▸ Export Charter…: the project charter of the window's diagram as a document — PDF, Word,
// OpenDocument or a web page, whichever registered exporters write the charter — through the
// same exporters as `keydriver export --what charter`, written atomically.
class CharterExport : public QObject
{
    Q_OBJECT

public:
    explicit CharterExport(MainWindow *window);

    QAction *action() const { return m_action; }

    // Asks where to write, offering `filters` (one per format, the first chosen); returns the
    // path and sets `chosen` to the filter picked, or an empty path to cancel. Tests replace it.
    std::function<QString(QWidget *parent, const QString &suggested, const QStringList &filters,
                          QString *chosen)>
        askForPath;
    // Shows why an export failed. Tests replace it.
    std::function<void(QWidget *parent, const QString &message)> showError;

    // The formats that hold the charter, as save-dialog filters in the order offered
    // ("PDF document (*.pdf)" …).
    static QStringList filters();
    // The format `path` is written in: by its suffix, else by the filter chosen for it. Sets
    // `path` to end in the format's suffix. False if neither names a charter format.
    static bool formatFor(QString &path, const QString &filter, ExportFormat &format);

    // Asks for a file and exports; false when cancelled or failed (the failure is shown).
    bool exportCharter();
    // Writes the charter to `path` in `format`, behind a progress dialog when the diagram is slow
    // to lay out; false with `error` (empty when cancelled).
    bool exportTo(const QString &path, ExportFormat format, QString *error);

private:
    MainWindow *m_window;
    QAction *m_action;
};

} // namespace kdd
