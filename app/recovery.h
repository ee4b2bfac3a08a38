#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

namespace kdd {

class Document;
struct DocumentChange;

// Keeps unsaved work safe: writes the document to a recovery copy in the application's data
// folder at most one interval (60 s) after the first unsaved change and then every interval
// while editing goes on, and shortly after each burst of structural edits (boxes or links
// added, removed or reordered). Copies are written atomically and readable by the user only;
// each is locked by the live process that owns it. The copy is removed when the document is
// saved or closed cleanly; after a crash or kill, pending() lists what can be restored.
class Recovery : public QObject
{
    Q_OBJECT

public:
    struct Intervals
    {
        int copyMs = 60 * 1000; // longest time unsaved work goes without a copy
        int burstMs = 2 * 1000; // quiet after structural edits before they are copied
    };

    // A copy left by a session that did not end cleanly. While any Entry holding it lives, the
    // copy is locked: no other process (or other pending() call) offers it.
    struct Entry
    {
        QString recoveryFile;  // the saved copy
        QString originalPath;  // the document's own file, empty if it was never saved
        QString savedAt;       // ISO date and time of the copy
        QByteArray fileSha256; // the version of the original file the edits started from
        std::shared_ptr<QLockFile> lock;

        QDateTime savedTime() const { return QDateTime::fromString(savedAt, Qt::ISODate); }
    };

    // The longest description file read (ours are a few hundred bytes).
    static constexpr qint64 MaxDescriptionBytes = 64 * 1024;
    // Reads a copy's description (its original path, when it was saved, the original's hash);
    // fields it cannot read stay empty. The lock is not set.
    static Entry readDescription(const QByteArray &bytes, const QString &recoveryFile);

    Recovery(Document *document, QObject *parent = nullptr);
    ~Recovery() override;

    // Writes the recovery copy now (normally done by the timers); false if there is nothing to
    // keep or it cannot be written.
    bool writeNow();
    // Removes this document's recovery copy.
    void discard();
    void setIntervals(const Intervals &intervals);
    Intervals intervals() const;
    // For windows created later (tests shorten them).
    static void setDefaultIntervals(const Intervals &intervals);
    static Intervals defaultIntervals();
    // The content hash of the file version the unsaved edits start from, kept with the copy so
    // that a restored document still notices a file changed since.
    void setFileSha256(const QByteArray &sha256) { m_fileSha256 = sha256; }
    // This document's copy (it exists only once written).
    QString copyPath() const;

    // Where recovery copies live.
    static QString directory();
    // Copies left by sessions that did not end cleanly, each locked by its Entry: a running
    // KeyDriver's own copies, and copies another instance is offering, are left out.
    static std::vector<Entry> pending();
    // Deletes a copy and its description, and releases its lock.
    static void remove(const Entry &entry);
    // Releases the lock on a copy that is kept for later.
    static void release(const Entry &entry);

private:
    void onChanged(const DocumentChange &change);

    Document *m_document;
    QTimer m_copyTimer;  // started by the first change not yet copied; never restarted by edits
    QTimer m_burstTimer; // restarted by each structural edit
    QString m_base;      // file name without suffix, unique per document
    QByteArray m_fileSha256;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace kdd
