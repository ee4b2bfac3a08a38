#include "ziparchive.h"

#include <zip.h>

#include <memory>

namespace kdd {
namespace {

// 2000-01-01 00:00 UTC: a fixed date so exports are reproducible (ZIP cannot store earlier
// than 1980, and a real "now" would make every export differ).
constexpr time_t FixedModificationTime = 946684800;

// No office document we read holds a part this large; a bigger one is a damaged or hostile
// archive (a "zip bomb"), refused before it is inflated.
constexpr zip_uint64_t MaxEntrySize = 256u * 1024 * 1024;

QString zipErrorText(zip_error_t *error) { return QString::fromUtf8(zip_error_strerror(error)); }

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

struct SourceFree
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceFree>;

} // namespace

bool writeZip(const std::vector<ZipEntry> &entries, QByteArray &output, QString *error)
{
    zip_error_t zerr;
    zip_error_init(&zerr);
    // The buffer source collects the archive; kept alive past zip_close() to read it back.
    SourcePtr buffer(zip_source_buffer_create(nullptr, 0, 0, &zerr));
    if (!buffer) {
        setError(error, QStringLiteral("cannot create a ZIP archive: ") + zipErrorText(&zerr));
        zip_error_fini(&zerr);
        return false;
    }
    zip_t *archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &zerr);
    if (!archive) {
        setError(error, QStringLiteral("cannot create a ZIP archive: ") + zipErrorText(&zerr));
        zip_error_fini(&zerr);
        return false;
    }
    zip_error_fini(&zerr);
    zip_source_keep(buffer.get());

    for (const ZipEntry &entry : entries) {
        // libzip reads the bytes only at zip_close(), so the source borrows entry.data, which
        // outlives the archive here.
        zip_source_t *source =
            zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        const QByteArray path = entry.path.toUtf8();
        const zip_int64_t index =
            source ? zip_file_add(archive, path.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            setError(error, QStringLiteral("cannot add %1 to the ZIP archive: %2")
                                .arg(entry.path, QString::fromUtf8(zip_strerror(archive))));
            zip_discard(archive);
            return false;
        }
        zip_set_file_compression(archive, zip_uint64_t(index),
                                 entry.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
        zip_file_set_mtime(archive, zip_uint64_t(index), FixedModificationTime, 0);
    }
    if (zip_close(archive) != 0) {
        setError(error, QStringLiteral("cannot write the ZIP archive: ")
                            + QString::fromUtf8(zip_strerror(archive)));
        zip_discard(archive);
        return false;
    }

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer.get(), &stat) != 0 || zip_source_open(buffer.get()) != 0) {
        setError(error, QStringLiteral("cannot read the ZIP archive back from memory"));
        return false;
    }
    output.resize(qsizetype(stat.size));
    const zip_int64_t read = zip_source_read(buffer.get(), output.data(), stat.size);
    zip_source_close(buffer.get());
    if (read != zip_int64_t(stat.size)) {
        output.clear();
        setError(error, QStringLiteral("cannot read the ZIP archive back from memory"));
        return false;
    }
    return true;
}

bool readZip(const QByteArray &data, std::map<QString, QByteArray> &files, QString *error)
{
    if (data.isEmpty()) { // libzip would open it as an archive with no entries
        setError(error, QStringLiteral("not a ZIP archive: the file is empty"));
        return false;
    }
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *source =
        zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &zerr);
    zip_t *archive =
        source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zerr) : nullptr;
    if (!archive) {
        setError(error, QStringLiteral("not a ZIP archive: ") + zipErrorText(&zerr));
        if (source)
            zip_source_free(source);
        zip_error_fini(&zerr);
        return false;
    }
    zip_error_fini(&zerr);
    files.clear();
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        zip_file_t *file = nullptr;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) == 0)
            file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (file && stat.size > MaxEntrySize) {
            zip_fclose(file);
            setError(error, QStringLiteral("entry %1 of the ZIP archive is too large (%2 bytes)")
                                .arg(QString::fromUtf8(stat.name))
                                .arg(stat.size));
            zip_discard(archive);
            return false;
        }
        if (!file) {
            setError(error, QStringLiteral("cannot read entry %1 of the ZIP archive: %2")
                                .arg(i)
                                .arg(QString::fromUtf8(zip_strerror(archive))));
            zip_discard(archive);
            return false;
        }
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
        zip_fclose(file);
        if (read != zip_int64_t(stat.size)) {
            setError(error, QStringLiteral("entry %1 of the ZIP archive is damaged")
                                .arg(QString::fromUtf8(stat.name)));
            zip_discard(archive);
            return false;
        }
        files[QString::fromUtf8(stat.name)] = bytes;
    }
    zip_discard(archive); // read-only: closing would have nothing to write
    return true;
}

} // namespace kdd
