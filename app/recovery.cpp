#include "recovery.h"

#include "model/document.h"
#include "model/kddfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace kdd {
namespace {

Recovery::Intervals g_defaultIntervals;

constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Atomic like writeFileAtomically(), and readable by the user only from the first byte: the
// temporary file gets its mode before the rename makes it visible under its name.
bool writePrivately(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnlyFile)
        || file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

std::shared_ptr<QLockFile> lockFor(const QDir &dir, const QString &base)
{
    auto lock = std::make_shared<QLockFile>(dir.filePath(base + QStringLiteral(".lock")));
    lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
    return lock;
}

QString descriptionOf(const QString &copy)
{
    const QFileInfo info(copy);
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".json");
}

} // namespace

Recovery::Recovery(Document *document, QObject *parent)
    : QObject(parent), m_document(document),
      m_base(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_copyTimer.setSingleShot(true);
    m_burstTimer.setSingleShot(true);
    setIntervals(g_defaultIntervals);
    connect(&m_copyTimer, &QTimer::timeout, this, &Recovery::writeNow);
    connect(&m_burstTimer, &QTimer::timeout, this, &Recovery::writeNow);
    connect(document, &Document::changed, this, &Recovery::onChanged);
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

Recovery::~Recovery() { discard(); }

void Recovery::setIntervals(const Intervals &intervals)
{
    m_copyTimer.setInterval(intervals.copyMs);
    m_burstTimer.setInterval(intervals.burstMs);
}

Recovery::Intervals Recovery::intervals() const
{
    return {m_copyTimer.interval(), m_burstTimer.interval()};
}

void Recovery::setDefaultIntervals(const Intervals &intervals) { g_defaultIntervals = intervals; }

Recovery::Intervals Recovery::defaultIntervals() { return g_defaultIntervals; }

void Recovery::onChanged(const DocumentChange &change)
{
    if (!m_document->isModified())
        return;
    // Edits never push the copy back: continuous editing still gets one every interval.
    if (!m_copyTimer.isActive())
        m_copyTimer.start();
    if (change.has(DocumentChange::Structure))
        m_burstTimer.start();
}

QString Recovery::directory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery"));
}

QString Recovery::copyPath() const
{
    return QDir(directory()).filePath(m_base + QStringLiteral(".kdd"));
}

bool Recovery::writeNow()
{
    m_copyTimer.stop();
    m_burstTimer.stop();
    if (!m_document->isModified())
        return false;
    const QDir dir(directory());
    if (!dir.mkpath(QStringLiteral(".")))
        return false;
    // Also tightens a folder made by an older version with the default mode.
    QFile::setPermissions(dir.path(), OwnerOnlyFolder);
    if (!m_lock) {
        m_lock.reset(new QLockFile(dir.filePath(m_base + QStringLiteral(".lock"))));
        m_lock->setStaleLockTime(0);
        m_lock->tryLock(0);
    }
    QJsonObject about{
        {QStringLiteral("path"), m_document->filePath()},
        {QStringLiteral("savedAt"), QDateTime::currentDateTime().toString(Qt::ISODate)}};
    if (!m_fileSha256.isEmpty())
        about.insert(QStringLiteral("fileSha256"), QString::fromLatin1(m_fileSha256.toHex()));
    const bool ok = writePrivately(copyPath(), writeDiagram(m_document->diagram()))
                 && writePrivately(dir.filePath(m_base + QStringLiteral(".json")),
                                   QJsonDocument(about).toJson());
    if (!ok)
        m_copyTimer.start(); // try again after an interval (a full disk may have room by then)
    return ok;
}

void Recovery::discard()
{
    m_copyTimer.stop();
    m_burstTimer.stop();
    const QDir dir(directory());
    QFile::remove(dir.filePath(m_base + QStringLiteral(".kdd")));
    QFile::remove(dir.filePath(m_base + QStringLiteral(".json")));
    m_lock.reset(); // unlocks and removes the lock file
}

std::vector<Recovery::Entry> Recovery::pending()
{
    std::vector<Entry> entries;
    const QDir dir(directory());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time)) {
        const QString base = QFileInfo(name).completeBaseName();
        // Lock first, then look: another instance may have restored or discarded the copy
        // between our listing and our lock.
        std::shared_ptr<QLockFile> lock = lockFor(dir, base);
        if (!lock->tryLock(0))
            continue; // a running KeyDriver is keeping or offering this copy
        const QString copy = dir.filePath(base + QStringLiteral(".kdd"));
        QFile about(dir.filePath(name));
        if (!QFile::exists(copy) || !about.open(QIODevice::ReadOnly))
            continue; // gone meanwhile; the lock is released here
        Entry entry = readDescription(about.read(MaxDescriptionBytes), copy);
        entry.lock = std::move(lock);
        entries.push_back(std::move(entry));
    }
    return entries;
}

Recovery::Entry Recovery::readDescription(const QByteArray &bytes, const QString &recoveryFile)
{
    // Written by us, but read after a crash: anything unreadable leaves the fields empty (the
    // copy itself is still offered, and read by the .kdd reader with its own checks).
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    Entry entry;
    entry.recoveryFile = recoveryFile;
    entry.originalPath = o.value(QStringLiteral("path")).toString();
    entry.savedAt = o.value(QStringLiteral("savedAt")).toString();
    entry.fileSha256 =
        QByteArray::fromHex(o.value(QStringLiteral("fileSha256")).toString().toLatin1());
    if (entry.fileSha256.size() != 32)
        entry.fileSha256.clear(); // not a SHA-256: compare with nothing rather than garbage
    return entry;
}

void Recovery::remove(const Entry &entry)
{
    QFile::remove(entry.recoveryFile);
    QFile::remove(descriptionOf(entry.recoveryFile));
    release(entry);
}

void Recovery::release(const Entry &entry)
{
    if (entry.lock)
        entry.lock->unlock();
}

} // namespace kdd
