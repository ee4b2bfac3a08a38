// The command line in another language: messages in the program's language (--lang or the
// system's), exports in the document's (meta.language), machine-readable output in English.
#include "catchqt.h"
#include "clirun.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace kddtest;

namespace {

// A diagram with no aim (KDD101, an error) and a primary driver with no change idea (KDD109 at
// line 5), as test_cli.cpp's findings test uses.
QByteArray draftWithoutAim()
{
    return fileWith(R"("nodes": [
    {"id": "p1", "kind": "driver", "level": 1, "text": "Reliable triage"}
  ])");
}

// Every default column header and a key (a tested idea and a weak link); `meta` and `columns`
// as given.
QByteArray fullDiagram(const QByteArray &meta, const QByteArray &columns = QByteArray())
{
    QByteArray members = R"("meta": {)" + meta + R"(},
  )";
    if (!columns.isEmpty())
        members += R"("columns": {)" + columns + R"(},
  )";
    members += R"("nodes": [
    {"id": "a", "kind": "aim", "text": "Cut waits by 30% by June 2027"},
    {"id": "p", "kind": "driver", "level": 1, "text": "Triage"},
    {"id": "s", "kind": "driver", "level": 2, "text": "Staffing"},
    {"id": "t", "kind": "driver", "level": 3, "text": "Rosters"},
    {"id": "c", "kind": "change", "status": "testing", "text": "Nurse-led triage"}
  ],
  "links": [
    {"from": "a", "to": "p"},
    {"from": "p", "to": "s"},
    {"from": "s", "to": "t", "strength": "weak"},
    {"from": "t", "to": "c"}
  ])";
    return fileWith(members);
}

// The words an SVG export draws, its lines joined by spaces (headers wrap in narrow columns).
QString exportSvg(const QString &file, const QString &language)
{
    const QString svg = file + QStringLiteral(".svg");
    const CliRun r =
        runCliInLanguage({QStringLiteral("export"), file, QStringLiteral("-o"), svg}, language);
    REQUIRE(r.exitCode == 0);
    const QString text = QString::fromUtf8(readAll(svg));
    static const QRegularExpression element(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    QStringList lines;
    for (const QRegularExpressionMatch &m : element.globalMatch(text))
        lines << m.captured(1);
    return QLatin1Char('|') + lines.join(QLatin1Char(' ')) + QLatin1Char('|');
}

} // namespace

TEST_CASE("check speaks Spanish with --lang es or LANGUAGE=es", "[cli][i18n]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("draft.kdd"));
    REQUIRE(writeAll(file, draftWithoutAim()));
    const QString noAim =
        file
        + QStringLiteral(": error: El diagrama no tiene objetivo. Agregue un recuadro de "
                         "objetivo que diga qué mejorará, cuánto, para quién y para cuándo. "
                         "[KDD101]");
    const QString noChange =
        file
        + QStringLiteral(":5: advertencia: Impulsor primario “Reliable triage” no tiene "
                         "ninguna idea de cambio debajo. Agregue al menos un cambio que el "
                         "equipo pueda probar. [KDD109]");
    const QString summary = file + QStringLiteral(": 1 error, ");

    for (const QStringList &args :
         {QStringList{QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("check"),
                      file},
          QStringList{QStringLiteral("check"), file, QStringLiteral("--lang=es-MX")}}) {
        const CliRun r = runCli(args);
        const QString out = QString::fromUtf8(r.out);
        CHECK(r.exitCode == 1);
        CHECK(out.contains(noAim));
        CHECK(out.contains(noChange));
        CHECK(out.contains(summary));
        CHECK(out.contains(QStringLiteral(" advertencias, ")));
    }
    const CliRun system = runCliInLanguage({QStringLiteral("check"), file}, QStringLiteral("es"));
    CHECK(QString::fromUtf8(system.out).contains(noAim));
    // English stays English.
    const CliRun english = runCli({QStringLiteral("check"), file});
    CHECK(QString::fromUtf8(english.out)
              .contains(QStringLiteral(": error: The diagram has no aim.")));
}

TEST_CASE("a language with no translation is refused by --lang", "[cli][i18n]")
{
    const CliRun r =
        runCli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("check"),
                sourcePath(QStringLiteral("examples/ed-visit.kdd"))});
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("de")));
}

TEST_CASE("help and usage mistakes in Spanish, option names untranslated", "[cli][i18n]")
{
    const CliRun help =
        runCli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("es")});
    const QString out = QString::fromUtf8(help.out);
    CHECK(help.exitCode == 0);
    CHECK(out.startsWith(QStringLiteral("Uso:\n")));
    CHECK(out.contains(QStringLiteral("  --json               escribe los hallazgos en JSON\n")));
    CHECK(out.contains(QStringLiteral("  -o, --output OUT     el archivo que se escribe")));
    // As narrow as the English help.
    qsizetype widest = 0;
    for (const QString &line :
         QString::fromUtf8(runCli({QStringLiteral("--help")}).out).split(QLatin1Char('\n')))
        widest = std::max(widest, line.size());
    for (const QString &line : out.split(QLatin1Char('\n')))
        CHECK(line.size() <= widest);

    const CliRun wrong = runCli({QStringLiteral("--lang=es"), QStringLiteral("check")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err
          == QStringLiteral("keydriver: 'check' necesita un FILE\n"
                            "Pruebe 'keydriver --help' para más información.\n"));
}

TEST_CASE("check --json keeps English field names and rule ids in Spanish", "[cli][i18n]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("draft.kdd"));
    REQUIRE(writeAll(file, draftWithoutAim()));
    const CliRun r = runCli({QStringLiteral("--lang"), QStringLiteral("es"),
                             QStringLiteral("check"), file, QStringLiteral("--json")});
    CHECK(r.exitCode == 1);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    CHECK(root.value(QStringLiteral("valid")).toBool());
    CHECK(root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("error")).toInt()
          == 1);
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    REQUIRE(findings.size() >= 2);
    const QJsonObject first = findings.first().toObject();
    CHECK(first.value(QStringLiteral("rule")).toString() == QStringLiteral("KDD101"));
    CHECK(first.value(QStringLiteral("severity")).toString() == QStringLiteral("error"));
    CHECK(first.value(QStringLiteral("title")).toString() == QStringLiteral("Sin objetivo"));
    CHECK(first.value(QStringLiteral("message"))
              .toString()
              .startsWith(QStringLiteral("El diagrama no tiene objetivo.")));
    for (const QJsonValue &v : findings) {
        const QString severity = v.toObject().value(QStringLiteral("severity")).toString();
        CHECK((severity == QStringLiteral("error") || severity == QStringLiteral("warning")
               || severity == QStringLiteral("info")));
    }
}

TEST_CASE("exports write the document's own words in its language", "[cli][i18n]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString spanish = dir.filePath(QStringLiteral("es.kdd"));
    REQUIRE(writeAll(spanish, fullDiagram(R"("language": "es")")));
    const QString plain = dir.filePath(QStringLiteral("plain.kdd"));
    REQUIRE(writeAll(plain, fullDiagram(QByteArray())));
    const QString own = dir.filePath(QStringLiteral("own.kdd"));
    REQUIRE(writeAll(own, fullDiagram(R"("language": "es")",
                                      R"("1": "Key drivers", "change": "Interventions")")));

    const QStringList spanishWords = {QStringLiteral("Objetivo"),
                                      QStringLiteral("Impulsores primarios"),
                                      QStringLiteral("Impulsores secundarios"),
                                      QStringLiteral("Ideas de cambio"),
                                      QStringLiteral("Leyenda"),
                                      QStringLiteral("En prueba"),
                                      QStringLiteral("Vínculo débil")};
    const QStringList englishWords = {QStringLiteral("Aim"),
                                      QStringLiteral("Primary drivers"),
                                      QStringLiteral("Secondary drivers"),
                                      QStringLiteral("Change ideas"),
                                      QStringLiteral("Key"),
                                      QStringLiteral("Testing"),
                                      QStringLiteral("Weak link")};

    // The document's language, whatever the program speaks.
    for (const QString &program : {QStringLiteral("en"), QStringLiteral("es")}) {
        const QString svg = exportSvg(spanish, program);
        for (const QString &word : spanishWords)
            CHECK(svg.contains(word));
        for (const QString &word : englishWords)
            CHECK_FALSE(svg.contains(word));
    }
    // No language: the program's.
    const QString english = exportSvg(plain, QStringLiteral("en"));
    for (const QString &word : englishWords)
        CHECK(english.contains(word));
    CHECK(exportSvg(plain, QStringLiteral("es")).contains(QStringLiteral("Impulsores primarios")));
    // A document's own titles are never translated.
    const QString titled = exportSvg(own, QStringLiteral("en"));
    CHECK(titled.contains(QStringLiteral("Key drivers")));
    CHECK(titled.contains(QStringLiteral("Interventions")));
    CHECK(titled.contains(QStringLiteral("Impulsores secundarios")));
    CHECK_FALSE(titled.contains(QStringLiteral("Impulsores primarios")));
}

TEST_CASE("a malformed meta.language is an error naming the file and line", "[cli][i18n]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("bad.kdd"));
    REQUIRE(writeAll(file, fileWith(R"("meta": {"language": "español!"},
  "nodes": [])")));
    const CliRun r = runCli({QStringLiteral("check"), file});
    CHECK(r.exitCode == 2);
    CHECK(r.err.startsWith(file + QStringLiteral(":4: ")));
    CHECK(r.err.contains(QStringLiteral("\"language\" must be a language tag")));
    const CliRun es =
        runCli({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("check"), file});
    CHECK(es.err.contains(QStringLiteral("\"language\" debe ser una etiqueta de idioma")));
}

TEST_CASE("the charter and the status on a box are in the document's language", "[cli][i18n]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("es.kdd"));
    QByteArray text = fullDiagram(R"("language": "es")");
    text.replace("\"status\": \"testing\"", "\"status\": \"adopted\"");
    REQUIRE(writeAll(file, text));
    CHECK(exportSvg(file, QStringLiteral("en")).contains(QStringLiteral("Adoptada: Nurse-led")));

    const QString html = dir.filePath(QStringLiteral("charter.html"));
    const CliRun r = runCli({QStringLiteral("export"), file, QStringLiteral("-o"), html});
    REQUIRE(r.exitCode == 0);
    const QString page = QString::fromUtf8(readAll(html));
    CHECK(page.contains(QStringLiteral("lang=\"es\"")));
    CHECK(page.contains(QStringLiteral("Planteamiento del problema")));
    CHECK(page.contains(QStringLiteral("Plan de medición")));
    CHECK_FALSE(page.contains(QStringLiteral("Problem statement")));
}
