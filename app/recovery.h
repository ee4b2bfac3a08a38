#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

namespace kdd {

class Document;

// Keeps unsaved work safe: after 30 seconds without edits, writes the document to a recovery
// file in the application's data folder (atomically); removes it when the document is saved or
// closed cleanly. After a crash or kill, pending() lists what can be restored.
class Recovery : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString recoveryFile;  // the saved copy
        QString originalPath;  // the document's own file, empty if it was never saved
        QString savedAt;       // ISO date and time of the copy
    };

    Recovery(Document *document, QObject *parent = nullptr);
    ~Recovery() override;

    // Writes the recovery copy now (normally done by the idle timer).
    bool writeNow();
    // Removes this document's recovery copy.
    void discard();
    void setIdleInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

    // Where recovery copies live.
    static QString directory();
    // Copies left by sessions that did not end cleanly (a running KeyDriver holds a lock on its
    // own copies, so they are never offered to, or deleted by, another process).
    static std::vector<Entry> pending();
    // Deletes a copy and its description.
    static void remove(const Entry &entry);

private:
    Document *m_document;
    QTimer m_timer;
    QString m_base; // file name without suffix, unique per document
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace kdd
