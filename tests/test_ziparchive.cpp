// The ZIP container of office documents (render/ziparchive.h), through libzip.
#include "catchqt.h"

#include "render/ziparchive.h"

using namespace kdd;

TEST_CASE("a ZIP archive round-trips its entries and is the same bytes every time", "[render][zip]")
{
    QByteArray big(200000, 'x'); // compresses well: deflate is on
    const std::vector<ZipEntry> entries{
        {QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"),
         true},
        {QStringLiteral("word/document.xml"), QByteArrayLiteral("<w:document/>"), false},
        {QStringLiteral("média/éé.txt"), big, false},
    };
    QByteArray first, second;
    QString error;
    REQUIRE(writeZip(entries, first, &error));
    REQUIRE(writeZip(entries, second, &error));
    CHECK(first == second);
    CHECK(first.startsWith("PK\x03\x04"));
    CHECK(first.size() < 10000);
    // ODF readers find the media type at byte 30, uncompressed, right after the first header.
    CHECK(first.mid(30, 8) == QByteArrayLiteral("mimetype"));
    CHECK(first.mid(38, 39) == QByteArrayLiteral("application/vnd.oasis.opendocument.text"));

    std::map<QString, QByteArray> files;
    REQUIRE(readZip(first, files, &error));
    REQUIRE(files.size() == 3);
    CHECK(files[QStringLiteral("word/document.xml")] == QByteArrayLiteral("<w:document/>"));
    CHECK(files[QStringLiteral("média/éé.txt")] == big);
}

TEST_CASE("bytes that are not a ZIP archive are refused with a reason", "[render][zip]")
{
    std::map<QString, QByteArray> files;
    QString error;
    CHECK_FALSE(readZip(QByteArrayLiteral("PK\x03\x04 not really"), files, &error));
    CHECK(error.startsWith(QStringLiteral("not a ZIP archive")));
    CHECK_FALSE(readZip(QByteArray(), files, &error));

    QByteArray output;
    CHECK_FALSE(writeZip({{QStringLiteral("a.xml"), QByteArrayLiteral("1"), false},
                          {QStringLiteral("a.xml"), QByteArrayLiteral("2"), false}},
                         output, &error));
    CHECK(error.contains(QStringLiteral("a.xml")));
}
