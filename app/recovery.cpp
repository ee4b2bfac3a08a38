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
        const QString copy = dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".kdd"));
        if (!QFile::exists(copy))
            continue;
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
