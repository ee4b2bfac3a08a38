// Pages as a reader gets them: the real `keydriver export --page …`, read back with poppler's
// `pdftotext -bbox` — how many pages, how large the box text is, whether a box or a table row
// was cut, and whether every page repeats the headers.
#include "catchqt.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <iostream>

using namespace kdd;
using namespace kddtest;

namespace {

// Runs a program to completion and returns its standard output; failing to run it fails.
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(120000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdftotext()
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext is not on PATH: install poppler-utils (Debian: apt-get install poppler-utils)");
    REQUIRE_FALSE(program.isEmpty());
    return program;
}

struct Word
{
    QString text;
    qreal height = 0; // points; proportional to the font size
};

// The words of each page of a PDF, in reading order.
std::vector<std::vector<Word>> pagesOf(const QString &pdf)
{
    const QString html = run(pdftotext(), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    std::vector<std::vector<Word>> pages;
    const QRegularExpression word(QStringLiteral(
        "<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)"
        "</word>"));
    for (const QString &page : html.split(QStringLiteral("<page ")).mid(1)) {
        pages.emplace_back();
        auto it = word.globalMatch(page);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QString text = m.captured(3);
            text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
                .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            pages.back().push_back({text, m.captured(2).toDouble() - m.captured(1).toDouble()});
        }
    }
    return pages;
}

// Exports `file` with the real binary and reads the PDF back.
std::vector<std::vector<Word>> exportPages(const QString &file, const QString &pdf,
                                           const QStringList &options)
{
    run(QStringLiteral(KEYDRIVER_EXE),
        QStringList{QStringLiteral("export"), file, QStringLiteral("-o"), pdf} + options);
    return pagesOf(pdf);
}

// How often `text` occurs on each page.
std::vector<int> occurrences(const std::vector<std::vector<Word>> &pages, const QString &text)
{
    std::vector<int> counts;
    for (const std::vector<Word> &page : pages)
        counts.push_back(static_cast<int>(std::count_if(
            page.begin(), page.end(), [&](const Word &w) { return w.text == text; })));
    return counts;
}

// The one page (from 0) where `text` occurs once, or -1 when it is missing or repeated.
int onlyPageOf(const std::vector<std::vector<Word>> &pages, const QString &text)
{
    const std::vector<int> counts = occurrences(pages, text);
    int page = -1;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] > 1 || (counts[i] == 1 && page >= 0))
            return -1;
        if (counts[i] == 1)
            page = static_cast<int>(i);
    }
    return page;
}

bool pageHas(const std::vector<Word> &page, const QString &text)
{
    return std::any_of(page.begin(), page.end(), [&](const Word &w) { return w.text == text; });
}

QStringList wordsOf(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

// The words of the margin notes ("continued on page 3", "page 2 of 4").
bool isNoteWord(const QString &word)
{
    static const QSet<QString> notes = {QStringLiteral("continued"), QStringLiteral("from"),
                                        QStringLiteral("on"), QStringLiteral("page"),
                                        QStringLiteral("of")};
    bool number = false;
    word.toInt(&number);
    return number || notes.contains(word);
}

} // namespace

TEST_CASE("bundled examples on A4 and on slides: one page when the type allows, boxes whole, "
          "headers on every page",
          "[pages]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    struct Kind
    {
        const char *page;
        qreal minPoints;
        int maxPages;
    };
    const Kind kinds[] = {{"a4", 7, 4}, {"slide", 12, 12}};
    QStringList table{QStringLiteral("| example | page | pages | smallest box text |"),
                      QStringLiteral("|---|---|---|---|")};
    for (const QString &path : examplePaths()) {
        const QString name = QFileInfo(path).completeBaseName();
        INFO(name.toStdString());
        const LoadResult loaded = loadDiagram(path);
        REQUIRE(loaded.ok());
        const Diagram &diagram = *loaded.diagram;

        // On one page the size of the diagram (0.75 pt per layout unit, box text 13 px =
        // 9.75 pt), every box's text appears once: a word found once there, in one box only,
        // tells that box apart on the pages.
        const std::vector<std::vector<Word>> fit =
            exportPages(path, dir.filePath(name + QStringLiteral("-fit.pdf")), {});
        REQUIRE(fit.size() == 1);
        QMap<QString, int> boxesWith;
        for (const Node &node : diagram.nodes()) {
            const QStringList words = wordsOf(node.text);
            for (const QString &word : QSet<QString>(words.begin(), words.end()))
                ++boxesWith[word];
        }
        struct Marked
        {
            QString word;
            int column;
        };
        std::vector<Marked> marked;
        qreal fitHeight = 1e9;
        for (const Node &node : diagram.nodes()) {
            for (const QString &word : wordsOf(node.text)) {
                if (boxesWith.value(word) == 1 && !isNoteWord(word)
                    && occurrences(fit, word).front() == 1) {
                    marked.push_back({word, node.column()});
                    for (const Word &w : fit.front()) {
                        if (w.text == word)
                            fitHeight = std::min(fitHeight, w.height);
                    }
                    break;
                }
            }
        }
        CHECK(marked.size() * 10 >= diagram.nodes().size() * 8); // most boxes are told apart
        const qreal pointsPerHeight = 9.75 / fitHeight;          // box text is the smallest

        for (const Kind &kind : kinds) {
            INFO(kind.page);
            const QString pdf = dir.filePath(
                name + QLatin1Char('-') + QString::fromLatin1(kind.page) + QStringLiteral(".pdf"));
            const std::vector<std::vector<Word>> pages =
                exportPages(path, pdf, {QStringLiteral("--page"), QString::fromLatin1(kind.page)});
            REQUIRE(!pages.empty());
            CHECK(static_cast<int>(pages.size()) <= kind.maxPages);
            qreal smallest = 1e9;
            std::vector<QSet<int>> columnsOnPage(pages.size());
            for (const Marked &m : marked) {
                INFO(m.word.toStdString());
                // Drawn once: never cut into two pages, never lost.
                const int page = onlyPageOf(pages, m.word);
                REQUIRE(page >= 0);
                columnsOnPage[static_cast<std::size_t>(page)].insert(m.column);
                for (const Word &w : pages[static_cast<std::size_t>(page)]) {
                    if (w.text == m.word)
                        smallest = std::min(smallest, w.height * pointsPerHeight);
                }
            }
            CHECK(smallest >= kind.minPoints - 0.05);
            // Every page with boxes of a column shows that column's header.
            for (std::size_t p = 0; p < pages.size(); ++p) {
                INFO("page " << p + 1);
                for (const int column : columnsOnPage[p]) {
                    for (const QString &word : wordsOf(diagram.columnTitles().titleFor(column)))
                        CHECK(pageHas(pages[p], word));
                }
            }
            table << QStringLiteral("| %1 | %2 | %3 | %4 pt |")
                         .arg(name, QString::fromLatin1(kind.page))
                         .arg(pages.size())
                         .arg(smallest, 0, 'f', 1);
        }
    }
    // The smallest example fits one sheet of A4 at a readable size.
    const std::vector<std::vector<Word>> small =
        exportPages(sourcePath(QStringLiteral("examples/weight-loss.kdd")),
                    dir.filePath(QStringLiteral("small.pdf")),
                    {QStringLiteral("--page"), QStringLiteral("a4")});
    CHECK(small.size() == 1);
    std::cout << table.join(QLatin1Char('\n')).toStdString() << std::endl;
}

TEST_CASE("a tall diagram is cut between boxes onto pages that each repeat the headers", "[pages]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Diagram d;
    d.insertNode(makeNode(QStringLiteral("aim"), NodeKind::Aim,
                          QStringLiteral("Every patient seen within four hours")));
    for (int i = 0; i < 4; ++i) {
        const QString driver = QStringLiteral("d%1").arg(i);
        d.insertNode(makeNode(driver, NodeKind::Driver,
                              QStringLiteral("Driver Dq%1x keeps flow moving").arg(i), 1));
        d.addLink({QStringLiteral("aim"), driver, LinkStrength::Strong, {}});
        for (int j = 0; j < 12; ++j) {
            const QString idea = QStringLiteral("c%1_%2").arg(i).arg(j);
            d.insertNode(makeNode(
                idea, NodeKind::Change,
                QStringLiteral("Try Cq%1x with a longer sentence so the box wraps onto lines")
                    .arg(i * 12 + j)));
            d.addLink({driver, idea, LinkStrength::Strong, {}});
        }
    }
    const QString file = dir.filePath(QStringLiteral("tall.kdd"));
    REQUIRE(saveDiagram(d, file));
    for (const char *page : {"a4", "slide"}) {
        INFO(page);
        const std::vector<std::vector<Word>> pages =
            exportPages(file, dir.filePath(QStringLiteral("tall.pdf")),
                        {QStringLiteral("--page"), QString::fromLatin1(page)});
        REQUIRE(pages.size() >= 3);
        for (int i = 0; i < 48; ++i) {
            INFO(i);
            CHECK(onlyPageOf(pages, QStringLiteral("Cq%1x").arg(i)) >= 0);
        }
        for (int i = 0; i < 4; ++i)
            CHECK(onlyPageOf(pages, QStringLiteral("Dq%1x").arg(i)) >= 0);
        for (std::size_t p = 0; p < pages.size(); ++p) {
            INFO("page " << p + 1);
            for (const char *header : {"Aim", "Primary", "drivers", "Change", "ideas"})
                CHECK(pageHas(pages[p], QString::fromLatin1(header)));
            CHECK(pageHas(pages[p], QStringLiteral("%1").arg(pages.size()))); // "page i of n"
            if (p > 0)
                CHECK(pageHas(pages[p], QStringLiteral("continued")));
        }
    }
}

TEST_CASE("a long measures table is cut between rows and repeats its header row", "[pages]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Diagram d = goodDiagram();
    const int count = 70;
    for (int i = 0; i < count; ++i) {
        Measure m;
        m.id = QStringLiteral("long%1").arg(i);
        m.name = QStringLiteral("Mq%1x share of visits").arg(i);
        m.type = MeasureType::Process;
        m.numerator = QStringLiteral("Visits with the step done, counted weekly from the record");
        m.denominator = QStringLiteral("All visits");
        m.target = QStringLiteral("Tq%1x by June").arg(i);
        REQUIRE(d.insertMeasure(m));
    }
    const QString file = dir.filePath(QStringLiteral("measures.kdd"));
    REQUIRE(saveDiagram(d, file));
    const std::vector<std::vector<Word>> pages =
        exportPages(file, dir.filePath(QStringLiteral("measures.pdf")),
                    {QStringLiteral("--page"), QStringLiteral("a4"), QStringLiteral("--measures"),
                     QStringLiteral("table")});
    REQUIRE(pages.size() >= 3);
    QSet<int> tablePages;
    for (int i = 0; i < count; ++i) {
        INFO("row " << i + 1);
        // A row is whole on one page: its first and its last filled cell together, once.
        const int page = onlyPageOf(pages, QStringLiteral("Mq%1x").arg(i));
        REQUIRE(page >= 0);
        CHECK(onlyPageOf(pages, QStringLiteral("Tq%1x").arg(i)) == page);
        tablePages.insert(page);
    }
    CHECK(tablePages.size() >= 2);
    for (const int page : tablePages) {
        INFO("page " << page + 1);
        const std::vector<Word> &words = pages[static_cast<std::size_t>(page)];
        for (const char *header : {"Measure", "Numerator", "denominator", "Target"})
            CHECK(pageHas(words, QString::fromLatin1(header)));
    }
}
