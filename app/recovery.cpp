#include "recovery.h"

#include "model/atomicfile.h"
#include "model/document.h"
#include "model/kddfile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

namespace kdd {

Recovery::Recovery(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_base(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Recovery::writeNow);
    // Every edit restarts the countdown: the copy is written after 30 s of quiet.
    connect(document, &Document::changed, this, [this] {
        if (m_document->isModified())
            m_timer.start();
    });
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            m_timer.stop();
            discard();
        }
    });
}

Recovery::~Recovery() { discard(); }

QString Recovery::directory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery"));
}

bool Recovery::writeNow()
{
    if (!m_document->isModified())
        return false;
    const QDir dir(directory());
    if (!dir.mkpath(QStringLiteral(".")))
        return false;
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(dir.filePath(m_base + QStringLiteral(".lock")));
        m_lock->setStaleLockTime(0); // only a dead process makes it stale, never its age
        m_lock->tryLock(0);
    }
    const QJsonObject about{{QStringLiteral("path"), m_document->filePath()},
                            {QStringLiteral("savedAt"), QDateTime::currentDateTime().toString(Qt::ISODate)}};
    return writeFileAtomically(dir.filePath(m_base + QStringLiteral(".kdd")), writeDiagram(m_document->diagram()))
        && writeFileAtomically(dir.filePath(m_base + QStringLiteral(".json")), QJsonDocument(about).toJson());
}

void Recovery::discard()
{
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
        QFile about(dir.filePath(name));
        if (!about.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(about.readAll()).object();
        const QString base = QFileInfo(name).completeBaseName();
        const QString copy = dir.filePath(base + QStringLiteral(".kdd"));
        if (!QFile::exists(copy))
            continue;
        QLockFile lock(dir.filePath(base + QStringLiteral(".lock")));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // a running KeyDriver is keeping this copy
        lock.unlock();
        entries.push_back({copy, o.value(QStringLiteral("path")).toString(), o.value(QStringLiteral("savedAt")).toString()});
    }
    return entries;
}

void Recovery::remove(const Entry &entry)
{
    QFile::remove(entry.recoveryFile);
    QFile::remove(QFileInfo(entry.recoveryFile).path() + QLatin1Char('/')
                  + QFileInfo(entry.recoveryFile).completeBaseName() + QStringLiteral(".json"));
}

} // namespace kdd
