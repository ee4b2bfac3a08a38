// The Measure Data dock and File ▸ Import Measure Data, driven like a user would: a block pasted
// from a spreadsheet, a cell typed, a bad paste and a bad file refused, each change one undo step.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/mainwindow.h"
#include "app/measuredataimport.h"
#include "model/document.h"
#include "model/kddfile.h"
#include "model/measurecharts.h"
#include "views/measuredataview.h"
#include "views/measuresview.h"
#include "views/phaseseditor.h"
#include "views/selection.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kdd;
using namespace kddtest;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

// The window on goodDiagram(), its Measure Data dock in front on measure `id`.
MeasureDataView *dataDock(Window &w, const MeasureId &id)
{
    w->document()->reset(goodDiagram());
    settle();
    auto *dock = w->findChild<QDockWidget *>(QStringLiteral("measureDataDock"));
    REQUIRE(dock);
    dock->show();
    dock->raise();
    MeasureDataView *view = w->measureData();
    REQUIRE(view);
    view->setMeasure(id);
    settle();
    REQUIRE(view->measure() == id);
    return view;
}

QString periods(const Measure &m)
{
    QStringList out;
    for (const MeasurePoint &p : m.data)
        out << p.period + QLatin1Char('=') + numberText(p.value);
    return out.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("measure data dock: Ctrl+V pastes a spreadsheet block as one undo step",
          "[gui][measuredata]")
{
    Window w;
    MeasureDataView *view = dataDock(w, QStringLiteral("m1"));
    Document *doc = w->document();
    const int steps = doc->undoStack()->count();
    QGuiApplication::clipboard()->setText(
        QStringLiteral("Period\tValue\n2025-01\t42\nFeb 2025\t40.5\n2025/3\t38\n"));
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_V, Qt::ControlModifier);
    settle();
    const Measure *m = doc->diagram().measure(QStringLiteral("m1"));
    CHECK(periods(*m) == QStringLiteral("2025-01=42 2025-02=40.5 2025-03=38"));
    CHECK(view->table()->model()->rowCount() == 3);
    CHECK(view->table()->model()->index(1, 3).data().toString() == QStringLiteral("40.5"));
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(doc->undoStack()->undoText() == QStringLiteral("Paste data into “Average wait”"));
    // Ctrl+V went to the table, not to the Edit menu's paste of boxes.
    CHECK(doc->diagram().nodes().size() == goodDiagram().nodes().size());

    doc->undoStack()->undo();
    settle();
    CHECK(doc->diagram().measure(QStringLiteral("m1"))->data.empty());
    CHECK(view->table()->model()->rowCount() == 0);
}

TEST_CASE("measure data dock: a bad paste changes nothing and says where", "[gui][measuredata]")
{
    Window w;
    MeasureDataView *view = dataDock(w, QStringLiteral("m1"));
    Document *doc = w->document();
    REQUIRE(view->pasteText(QStringLiteral("2025-01\t10\n")));
    const Diagram before = doc->diagram();
    const int steps = doc->undoStack()->count();
    CHECK_FALSE(view->pasteText(QStringLiteral("2025-02\t11\n2025-03\tn/a\n2025-14\t3\n")));
    CHECK(doc->diagram() == before);
    CHECK(doc->undoStack()->count() == steps);
    CHECK(view->message()
          == QStringLiteral("Nothing pasted:\npasted text:2: value \"n/a\" is not a number\n"
                            "pasted text:3: period \"2025-14\" is not a month or a day: write "
                            "2025-07, 2025-07-14, 2025/07, Jul 2025 or July 2025"));
    // Days into a series of months: refused by the merge.
    CHECK_FALSE(view->pasteText(QStringLiteral("2025-02-01\t11\n")));
    CHECK(view->message()
          == QStringLiteral("Nothing pasted: the periods of “Average wait” are months, the "
                            "import has days; use months or days throughout, or replace the "
                            "data"));
    CHECK(doc->diagram() == before);
}

TEST_CASE("measure data dock: editing a cell is one undo step, bad text is refused",
          "[gui][measuredata]")
{
    Window w;
    MeasureDataView *view = dataDock(w, QStringLiteral("m2"));
    Document *doc = w->document();
    CHECK(view->table()->model()->columnCount() == 4); // no data, no numerator: values
    REQUIRE(view->pasteText(
        QStringLiteral("period\tnumerator\tdenominator\n2025-01\t3\t30\n2025-02\t4\t40\n")));
    settle();
    QAbstractItemModel *model = view->table()->model();
    REQUIRE(model->columnCount() == 5);
    CHECK(model->headerData(4, Qt::Horizontal).toString() == QStringLiteral("Denominator"));

    const int steps = doc->undoStack()->count();
    CHECK(model->setData(model->index(1, 3), QStringLiteral("5"), Qt::EditRole));
    settle();
    CHECK(doc->diagram().measure(QStringLiteral("m2"))->data[1].numerator == 5);
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(doc->undoStack()->undoText()
          == QStringLiteral("Edit data of “Triaged within 10 minutes”"));

    // Typing into the table through its editor.
    view->table()->setFocus();
    view->table()->setCurrentIndex(model->index(0, 4));
    QTest::keyClick(view->table(), Qt::Key_6);
    auto *editor = view->table()->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor);
    QTest::keyClicks(editor, QStringLiteral("0"));
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
    CHECK(doc->diagram().measure(QStringLiteral("m2"))->data[0].denominator == 60);
    CHECK(doc->undoStack()->count() == steps + 2);

    const Diagram before = doc->diagram();
    CHECK_FALSE(model->setData(model->index(0, 3), QStringLiteral("1,5"), Qt::EditRole));
    CHECK(view->message()
          == QStringLiteral("“1,5” is not a number: write it with a decimal point and no "
                            "thousands separators, such as 1234.5"));
    CHECK_FALSE(model->setData(model->index(0, 0), QStringLiteral("2025-02"), Qt::EditRole));
    CHECK(view->message() == QStringLiteral("Not changed: a second point for 2025-02"));
    CHECK_FALSE(model->setData(model->index(0, 3), QStringLiteral("-2"), Qt::EditRole));
    CHECK(view->message()
          == QStringLiteral("Not changed: numerator and denominator are counts and cannot be "
                            "negative (-2 / 60)"));
    CHECK(doc->diagram() == before);
    CHECK(doc->undoStack()->count() == steps + 2);

    // Add Row: the next month, then Delete Rows removes it again.
    view->addRow();
    settle();
    REQUIRE(doc->diagram().measure(QStringLiteral("m2"))->data.size() == 3);
    CHECK(doc->diagram().measure(QStringLiteral("m2"))->data[2].period
          == QStringLiteral("2025-03"));
    view->table()->clearSelection();
    view->table()->selectRow(2);
    view->deleteSelectedRows();
    settle();
    CHECK(doc->diagram().measure(QStringLiteral("m2"))->data.size() == 2);
}

TEST_CASE("measure data dock: direction and chart, following the Measures dock",
          "[gui][measuredata]")
{
    Window w;
    MeasureDataView *view = dataDock(w, QStringLiteral("m1"));
    Document *doc = w->document();
    view->betterCombo()->setCurrentIndex(
        view->betterCombo()->findData(static_cast<int>(spc::Better::Lower)));
    view->chartCombo()->setCurrentIndex(
        view->chartCombo()->findData(static_cast<int>(spc::ChartType::I)));
    settle();
    const Measure *m1 = doc->diagram().measure(QStringLiteral("m1"));
    CHECK(m1->better == spc::Better::Lower);
    REQUIRE(m1->chart);
    CHECK(*m1->chart == spc::ChartType::I);

    w->measures()->selectMeasure(QStringLiteral("m3"));
    settle();
    CHECK(view->measure() == QStringLiteral("m3"));
    CHECK(view->measureCombo()->currentText() == QStringLiteral("Staff overtime"));
    // Selecting a box brings its first measure.
    w->selection()->selectOne(QStringLiteral("aim"));
    settle();
    CHECK(view->measure() == QStringLiteral("m1"));
    CHECK(view->betterCombo()->currentData().toInt() == static_cast<int>(spc::Better::Lower));
}

TEST_CASE("import measure data: one undo step, or the problems and nothing changed",
          "[gui][measuredata]")
{
    Window w;
    w->document()->reset(goodDiagram());
    settle();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("wait.csv"));
    REQUIRE(writeAll(good, "period,value\n2025-01,50\n2025-02,48\n"));
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    REQUIRE(writeAll(bad, "period,value\n2025-01,50\n2025-02,about 48\n"));
    Document *doc = w->document();

    const MeasureDataImport failed =
        importMeasureDataFile(*doc, QStringLiteral("m1"), bad, ImportMode::Merge);
    CHECK(failed.problems
          == QStringList{bad + QStringLiteral(":3: value \"about 48\" is not a number")});
    CHECK(doc->diagram() == goodDiagram());

    const int steps = doc->undoStack()->count();
    const MeasureDataImport done =
        importMeasureDataFile(*doc, QStringLiteral("m1"), good, ImportMode::Merge);
    REQUIRE(done.ok());
    CHECK(done.merge.added == 2);
    CHECK(periods(*doc->diagram().measure(QStringLiteral("m1")))
          == QStringLiteral("2025-01=50 2025-02=48"));
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(doc->undoStack()->undoText() == QStringLiteral("Import data into “Average wait”"));

    // The File menu offers it.
    bool found = false;
    for (QAction *menu : w->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions())
            found = found || a->text() == QStringLiteral("Import Measure &Data…");
    }
    CHECK(found);
}

TEST_CASE("measure data dock: phases added, edited and removed, one undo step each",
          "[gui][measuredata]")
{
    Window w;
    MeasureDataView *view = dataDock(w, QStringLiteral("m1"));
    Document *doc = w->document();
    REQUIRE(
        view->pasteText(QStringLiteral("2025-01\t10\n2025-02\t12\n2025-03\t11\n2025-04\t15\n")));
    settle();
    PhasesEditor *phases = view->phases();
    REQUIRE(phases);
    const auto phasesOf = [&] {
        QStringList out;
        for (const MeasurePhase &p : doc->diagram().measure(QStringLiteral("m1"))->phases)
            out << p.start + QLatin1Char('=') + p.label;
        return out.join(QLatin1Char(' '));
    };

    // New Phase starts at the data row the user is on, its label open for typing.
    view->table()->setCurrentIndex(view->table()->model()->index(2, 0));
    const int steps = doc->undoStack()->count();
    phases->newPhase();
    settle();
    CHECK(phasesOf() == QStringLiteral("2025-03="));
    CHECK(doc->undoStack()->count() == steps + 1);
    REQUIRE(phases->table()->rowCount() == 1);
    // Typing the label in the table: one more step.
    phases->table()->item(0, 1)->setText(QStringLiteral("Reminders adopted"));
    settle();
    CHECK(phasesOf() == QStringLiteral("2025-03=Reminders adopted"));
    CHECK(doc->undoStack()->count() == steps + 2);

    // A start as a person writes it is kept as the file writes it; phases stay sorted.
    QString error;
    CHECK(phases->addPhase(QStringLiteral("Jan 2025"), QStringLiteral("Baseline"), &error));
    settle();
    CHECK(phasesOf() == QStringLiteral("2025-01=Baseline 2025-03=Reminders adopted"));
    // Refused, changing nothing: not a period, a start taken, a start typed over another's.
    const int before = doc->undoStack()->count();
    CHECK_FALSE(phases->addPhase(QStringLiteral("2025-13"), QString(), &error));
    CHECK(error.contains(QStringLiteral("\"2025-13\" is not a period")));
    CHECK_FALSE(phases->addPhase(QStringLiteral("2025-3"), QString(), &error));
    CHECK(error == QStringLiteral("A phase already starts at 2025-03"));
    phases->table()->item(0, 0)->setText(QStringLiteral("2025-03"));
    settle();
    CHECK(view->message() == QStringLiteral("A phase already starts at 2025-03"));
    CHECK(phases->table()->item(0, 0)->text() == QStringLiteral("2025-01"));
    CHECK(doc->undoStack()->count() == before);
    CHECK(phasesOf() == QStringLiteral("2025-01=Baseline 2025-03=Reminders adopted"));

    // The chart follows: 2025-01 and 02 in the first phase, 03 and 04 in the second, each
    // with a centre of its own (run chart: the median, 11 and 13).
    const MeasureChart chart =
        chartMeasure(doc->diagram(), *doc->diagram().measure(QStringLiteral("m1")), {});
    REQUIRE(chart.lines.size() == 1);
    const auto &points = chart.lines[0].result.points;
    REQUIRE(points.size() == 4);
    CHECK(points[1].phase + 1 == points[2].phase);
    CHECK(points[1].centre == Approx(11));
    CHECK(points[3].centre == Approx(13));

    phases->removePhase(0);
    settle();
    CHECK(phasesOf() == QStringLiteral("2025-03=Reminders adopted"));
    doc->undoStack()->undo();
    settle();
    CHECK(phasesOf() == QStringLiteral("2025-01=Baseline 2025-03=Reminders adopted"));
    CHECK(phases->table()->rowCount() == 2);
}
