// A document's own words in its language (TextLanguage, meta.language), apart from the
// language the program speaks.
#include "catchqt.h"
#include "testsupport.h"

#include "model/diagramkey.h"
#include "model/kddfile.h"
#include "model/metadata.h"
#include "model/textlanguage.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace kdd;
using namespace kddtest;

TEST_CASE("TextLanguage finds a language's catalog by its tag or its language part", "[i18n]")
{
    const char *context = "kdd::ColumnTitles";
    CHECK(TextLanguage(QStringLiteral("es")).translate(context, "Primary drivers")
          == QStringLiteral("Impulsores primarios"));
    CHECK(TextLanguage(QStringLiteral("es-MX")).translate(context, "Primary drivers")
          == QStringLiteral("Impulsores primarios"));
    CHECK(TextLanguage(QStringLiteral("es_419")).translate(context, "Aim")
          == QStringLiteral("Objetivo"));
    // No catalog (German), or English asked for: the English source.
    CHECK(TextLanguage(QStringLiteral("de")).translate(context, "Primary drivers")
          == QStringLiteral("Primary drivers"));
    CHECK(TextLanguage(QStringLiteral("en-GB")).translate(context, "Aim") == QStringLiteral("Aim"));
    // "fr-CA" uses the fr catalog: a French word where it has one, English where not yet.
    const QString french = TextLanguage(QStringLiteral("fr-CA")).translate(context, "Aim");
    CHECK(french == TextLanguage(QStringLiteral("fr")).translate(context, "Aim"));
    CHECK_FALSE(french.isEmpty());
    // %n is replaced, in the plural form the catalog gives.
    CHECK(TextLanguage(QStringLiteral("es")).translate("kdd::cli", "%n errors", nullptr, 3)
          == QStringLiteral("3 errores"));
    CHECK(TextLanguage(QStringLiteral("de")).translate("kdd::cli", "%n errors", nullptr, 3)
          == QStringLiteral("3 errors"));
    CHECK(TextLanguage::available()
          == QStringList{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")});
}

TEST_CASE("a document without a language follows the program's", "[i18n]")
{
    CHECK(TextLanguage().translate("kdd::ColumnTitles", "Aim") == QStringLiteral("Aim"));
    CHECK(ColumnTitles::defaultTitle(1) == QStringLiteral("Primary drivers"));
    QTranslator spanish;
    REQUIRE(spanish.load(QStringLiteral(":/i18n/keydriver_core_es.qm")));
    REQUIRE(QCoreApplication::installTranslator(&spanish));
    CHECK(TextLanguage().translate("kdd::ColumnTitles", "Aim") == QStringLiteral("Objetivo"));
    CHECK(ColumnTitles::defaultTitle(1) == QStringLiteral("Impulsores primarios"));
    CHECK(DiagramKey::label(ChangeStatus::Testing) == QStringLiteral("En prueba"));
    // A document in English stays English while the program speaks Spanish.
    CHECK(ColumnTitles::defaultTitle(1, QStringLiteral("en")) == QStringLiteral("Primary drivers"));
    CHECK(DiagramKey::label(LinkStrength::Weak, QStringLiteral("en"))
          == QStringLiteral("Weak link"));
    // A document's own title is never translated.
    ColumnTitles own;
    own.level1 = QStringLiteral("Key drivers");
    CHECK(own.titleFor(1) == QStringLiteral("Key drivers"));
    CHECK(own.titleFor(1, QStringLiteral("es")) == QStringLiteral("Key drivers"));
    CHECK(own.titleFor(2, QStringLiteral("en")) == QStringLiteral("Secondary drivers"));
    QCoreApplication::removeTranslator(&spanish);
    CHECK(ColumnTitles::defaultTitle(1) == QStringLiteral("Primary drivers"));
}

TEST_CASE("meta.language round-trips and a malformed tag names the file and line", "[i18n]")
{
    const LoadResult loaded = read(fileWith(R"("meta": {"language": "fr-CA"})"));
    REQUIRE(loaded.ok());
    CHECK(loaded.diagram->metadata().language == QStringLiteral("fr-CA"));
    const QByteArray written = writeDiagram(*loaded.diagram);
    CHECK(written.contains("\"language\": \"fr-CA\""));
    const LoadResult again = read(written);
    REQUIRE(again.ok());
    CHECK(again.diagram->metadata().language == QStringLiteral("fr-CA"));

    const LoadResult bad = read(fileWith(R"("meta": {"language": "not a tag"})"));
    REQUIRE_FALSE(bad.ok());
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems.front().line == 4);
    CHECK(bad.problems.front().toString().startsWith(QStringLiteral("test.kdd:4: ")));
    CHECK(bad.problems.front().message.contains(
        QStringLiteral("\"language\" must be a language tag")));
}
