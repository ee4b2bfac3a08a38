// The Charts dock in the editor: it follows the Measures dock and the selected box, redraws
// when the measure's data change, switches chart type and view, and exports.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "app/mainwindow.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/kddfile.h"
#include "views/chartsview.h"
#include "views/measuresview.h"
#include "views/selection.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QPushButton>
#include <QTemporaryDir>

using namespace kdd;
using namespace kddtest;

namespace {

const QByteArray kFile = fileWith(
    R"("nodes": [
    {"id": "aim", "kind": "aim", "text": "Control blood pressure"},
    {"id": "p1", "kind": "driver", "level": 1, "text": "Reliable follow-up"}
  ],
  "links": [{"from": "aim", "to": "p1"}],
  "measures": [
    {"id": "m1", "name": "Days to follow-up", "type": "process", "nodes": ["p1"],
     "data": [{"period": "2025-01", "value": 3}, {"period": "2025-02", "value": 5},
              {"period": "2025-03", "value": 4}]},
    {"id": "m2", "name": "Hypertension control", "type": "outcome", "nodes": ["aim"],
     "data": [{"period": "2025-01", "numerator": 10, "denominator": 100},
              {"period": "2025-02", "numerator": 20, "denominator": 100}]}
  ])");

void settle()
{
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

ChartsView *openCharts(Window &w)
{
    const LoadResult r = read(kFile);
    REQUIRE(r.ok());
    w->document()->reset(*r.diagram);
    settle();
    ChartsView *charts = w->charts();
    REQUIRE(charts);
    return charts;
}

} // namespace

TEST_CASE("the Charts dock shows the measure chosen in the Measures dock and the box's",
          "[gui][charts]")
{
    Window w;
    ChartsView *charts = openCharts(w);
    QDockWidget *dock = w->findChild<QDockWidget *>(QStringLiteral("chartsDock"));
    REQUIRE(dock);
    QAction *show = w->findChild<QAction *>(QStringLiteral("show-chartsDock"));
    REQUIRE(show);
    CHECK(show->shortcut().toString() == QStringLiteral("Ctrl+Shift+K"));
    show->trigger();
    settle();
    CHECK(dock->isVisible());

    w->measures()->selectMeasure(QStringLiteral("m2"));
    settle();
    CHECK(charts->measure() == QStringLiteral("m2"));
    CHECK(charts->measureBox()->currentText() == QStringLiteral("Hypertension control"));
    CHECK(charts->chart().name == QStringLiteral("Hypertension control"));
    CHECK(charts->chart().type == spc::ChartType::P);
    CHECK(charts->findChild<ChartCanvas *>()->accessibleName()
          == QStringLiteral("Hypertension control — P chart"));

    // Selecting a box shows its first measure.
    w->selection()->selectOne(QStringLiteral("p1"));
    settle();
    CHECK(charts->measure() == QStringLiteral("m1"));
    CHECK(charts->chart().type == spc::ChartType::Run);

    // The type combo redraws as an I chart: mean 4 instead of the median.
    charts->typeBox()->setCurrentIndex(charts->typeBox()->findData(QStringLiteral("i")));
    settle();
    CHECK(charts->chart().type == spc::ChartType::I);
    REQUIRE(charts->chart().lines.size() == 1);
    CHECK(charts->chart().lines[0].result.points[0].centre == Approx(4));
}

TEST_CASE("the Charts dock redraws when the measure's data change and exports the chart",
          "[gui][charts]")
{
    Window w;
    ChartsView *charts = openCharts(w);
    charts->showMeasure(QStringLiteral("m1"));
    REQUIRE(charts->chart().lines.size() == 1);
    CHECK(charts->chart().lines[0].result.points.size() == 3);
    // The canvas keeps its last picture: looking twice sees the same pixels, and a change of
    // data is drawn anew (below).
    ChartCanvas *canvas = charts->findChild<ChartCanvas *>();
    REQUIRE(canvas);
    REQUIRE(canvas->width() > 100);
    const QImage before = canvas->grab().toImage();
    CHECK(canvas->grab().toImage() == before);

    Measure changed = *w->document()->diagram().measure(QStringLiteral("m1"));
    MeasurePoint p;
    p.period = QStringLiteral("2025-04");
    p.value = 9;
    changed.data.push_back(p);
    edit::setMeasure(*w->document(), changed);
    settle();
    REQUIRE(charts->chart().lines.size() == 1);
    CHECK(charts->chart().lines[0].result.points.size() == 4);
    CHECK(charts->chart().periods.last() == QStringLiteral("2025-04"));
    CHECK(canvas->grab().toImage() != before);

    // Gap view of a measure without strata: said plainly, nothing drawn.
    charts->viewBox()->setCurrentIndex(
        charts->viewBox()->findData(static_cast<int>(ChartView::Gap)));
    settle();
    CHECK(charts->chart().lines.empty());
    CHECK(charts->chart().view == ChartView::Gap);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    charts->viewBox()->setCurrentIndex(0);
    const QString csv = dir.filePath(QStringLiteral("m1.csv"));
    ChartsView::chooseExportPath = [csv](QWidget *, const QString &suggested) {
        CHECK(suggested.endsWith(QStringLiteral("m1.svg")));
        return csv;
    };
    QPushButton *button = nullptr;
    for (QPushButton *b : charts->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Export Chart…"))
            button = b;
    REQUIRE(button);
    button->click();
    CHECK(readAll(csv).startsWith("period,stratum,value,"));
    CHECK(readAll(csv).contains("2025-04,,9,,,"));
    QString error;
    CHECK(charts->exportTo(dir.filePath(QStringLiteral("m1.svg")), &error));
    CHECK(
        readAll(dir.filePath(QStringLiteral("m1.svg"))).contains("Days to follow-up — Run chart"));
    CHECK_FALSE(charts->exportTo(dir.filePath(QStringLiteral("m1.gif")), &error));
    CHECK(error == QStringLiteral("Name a .svg, .pdf, .png or .csv file."));
}
