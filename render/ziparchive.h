#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <vector>

// The ZIP container of office documents (DOCX, PPTX, ODT), written and read in memory through
// libzip; the documents themselves are XML written by their exporters.
namespace kdd {

// One file inside an archive: its path ("word/document.xml") and its bytes.
struct ZipEntry
{
    QString path;
    QByteArray data;
    // Stored uncompressed: ODF requires this of its first entry, "mimetype".
    bool stored = false;
};

// Packs `entries`, in this order, into a ZIP archive in `output`. Every entry gets the same fixed
// modification time, so the same document always gives the same bytes (diffable exports). False
// with `error` if libzip refuses (a duplicate or empty path, no memory).
bool writeZip(const std::vector<ZipEntry> &entries, QByteArray &output, QString *error);

// Unpacks every file of the archive in `data` (path -> bytes), for tests and importers. False with
// `error` for bytes that are not a readable ZIP archive.
bool readZip(const QByteArray &data, std::map<QString, QByteArray> &files, QString *error);

} // namespace kdd
