// The sparkline badge on the canvas: its tooltip, the box's description for screen readers, and
// a data edit that updates the badge without laying the diagram out again.
#include "catchqt.h"
#include "testsupport.h"
#include "windowfixture.h"

#include "model/document.h"
#include "model/editoperations.h"
#include "views/canvasitems.h"
#include "views/diagramscene.h"
#include "views/diagramview.h"
#include "views/equitypanel.h"

#include <QAccessible>
#include <QApplication>
#include <QGraphicsSceneHoverEvent>

using namespace kdd;
using namespace kddtest;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
}

// goodDiagram with m2 (on p1 and p2) carrying 12 months around 10, then 8 around 20.
Diagram diagramWithData()
{
    Diagram d = goodDiagram();
    Measure m2 = *d.measure(QStringLiteral("m2"));
    m2.name = QStringLiteral("Discharges before noon");
    m2.numerator = QStringLiteral("discharges before 12:00");
    m2.denominator = QStringLiteral("all discharges");
    m2.better = spc::Better::Higher;
    for (int i = 0; i < 20; ++i) {
        MeasurePoint p;
        p.period =
            QStringLiteral("%1-%2").arg(2024 + i / 12).arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
        p.value = (i < 12 ? 10 : 20) + (i % 2 == 0 ? 0.5 : -0.5);
        m2.data.push_back(p);
    }
    d.updateMeasure(m2);
    return d;
}

QString toolTipAt(NodeItem *item, QPointF at)
{
    QGraphicsSceneHoverEvent move(QEvent::GraphicsSceneHoverMove);
    move.setPos(at);
    move.setScenePos(at);
    item->scene()->sendEvent(item, &move);
    return item->toolTip();
}

} // namespace

TEST_CASE("hovering a sparkline badge tells the measure, its last value and its signal", "[gui]")
{
    Window w;
    w->document()->reset(diagramWithData());
    settle();
    DiagramScene *scene = w->view()->diagramScene();
    NodeItem *p1 = scene->itemFor(QStringLiteral("p1"));
    REQUIRE(p1);
    const DiagramLayout::Sparkline &spark = p1->box().sparkline;
    REQUIRE(spark.isShown());
    CHECK(toolTipAt(p1, spark.rect.center())
          == QStringLiteral("Discharges before noon\n"
                            "Numerator: discharges before 12:00\n"
                            "Denominator: all discharges\n"
                            "Last value: 19.5 in 2025-08\n"
                            "Improving (special-cause signal)"));
    // Elsewhere on the box, the box's own text.
    CHECK(toolTipAt(p1, p1->box().textTopLeft + QPointF(2, 2)) == p1->box().fullText);

    // A new last point: the badge follows without a layout, and says so on hovering.
    const int layouts = scene->layoutCount();
    Measure m2 = *w->document()->diagram().measure(QStringLiteral("m2"));
    MeasurePoint next;
    next.period = QStringLiteral("2025-09");
    next.value = 21.25;
    m2.data.push_back(next);
    edit::setMeasure(*w->document(), m2);
    settle();
    CHECK(scene->layoutCount() == layouts);
    CHECK(scene->itemFor(QStringLiteral("p1"))->box().sparkline.values.size() == 21);
    CHECK(toolTipAt(p1, p1->box().sparkline.rect.center())
              .contains(QStringLiteral("Last value: 21.25 in 2025-09")));
    // Data on a box that had none changes its size: laid out again.
    Measure m1 = *w->document()->diagram().measure(QStringLiteral("m1"));
    m1.data = m2.data;
    edit::setMeasure(*w->document(), m1);
    settle();
    CHECK(scene->layoutCount() == layouts + 1);
    CHECK(scene->itemFor(QStringLiteral("aim"))->box().sparkline.measure == QStringLiteral("m1"));
}

TEST_CASE("a box's description for screen readers includes its latest data", "[gui]")
{
    Window w;
    w->document()->reset(diagramWithData());
    settle();
    QAccessible::setActive(true);
    QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(w->view());
    REQUIRE(canvas);
    const QString p1Text = w->document()->diagram().node(QStringLiteral("p1"))->text;
    QString description;
    for (int i = 0; i < canvas->childCount(); ++i) {
        QAccessibleInterface *child = canvas->child(i);
        if (child && child->text(QAccessible::Name) == p1Text)
            description = child->text(QAccessible::Description);
    }
    QAccessible::setActive(false);
    CHECK(description.contains(QStringLiteral("latest data: Discharges before noon: last value "
                                              "19.5 in 2025-08, Improving (special-cause "
                                              "signal)")));
}

TEST_CASE("the equity lens marks data without strata and lists widening gaps", "[gui]")
{
    Diagram d = diagramWithData();
    // m1 on the aim: stratified by language, its points carry no stratum.
    Measure m1 = *d.measure(QStringLiteral("m1"));
    m1.stratifyBy = {QStringLiteral("language")};
    m1.data = d.measure(QStringLiteral("m2"))->data;
    d.updateMeasure(m1);
    // m3 on p2: English steady at 80%, Other falling from 79% to 61% in the second year.
    Measure m3 = *d.measure(QStringLiteral("m3"));
    m3.name = QStringLiteral("Seen within 4 hours");
    m3.stratifyBy = {QStringLiteral("language"), QStringLiteral("neighbourhood")};
    for (int i = 0; i < 24; ++i) {
        MeasurePoint p;
        p.period =
            QStringLiteral("%1-%2").arg(2023 + i / 12).arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
        p.dimension = QStringLiteral("language");
        p.stratum = QStringLiteral("English");
        p.numerator = 160;
        p.denominator = 200;
        m3.data.push_back(p);
        p.stratum = QStringLiteral("Other");
        p.numerator = (i < 12 ? 78 : 60) + i % 2;
        p.denominator = 100;
        m3.data.push_back(p);
    }
    d.updateMeasure(m3);
    Window w;
    w->document()->reset(d);
    settle();
    EquityPanel *panel = w->equity();
    QStringList gaps;
    for (int i = 0; i < panel->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = panel->topLevelItem(i);
        if (top->text(0) == QStringLiteral("Gaps")) {
            for (int j = 0; j < top->childCount(); ++j)
                gaps << top->child(j)->text(0);
        }
    }
    const QString aimText = d.node(QStringLiteral("aim"))->text.simplified();
    CHECK(gaps.contains(QStringLiteral("Stratified measure, data without strata: ") + aimText));
    CHECK(gaps.contains(
        QStringLiteral("Gap widening in Seen within 4 hours: Other − English widening")));
    // Planned by neighbourhood too, but no point is split by it.
    CHECK(gaps.contains(QStringLiteral("No data by neighbourhood yet in Seen within 4 hours")));
    DiagramScene *scene = w->view()->diagramScene();
    scene->setEquityLens(true);
    CHECK_FALSE(scene->isDimmed(scene->itemFor(QStringLiteral("aim"))));
    CHECK_FALSE(scene->isDimmed(scene->itemFor(QStringLiteral("p2"))));
    // The lens's label on a box is cut to the box's width; hovering the box tells it in full.
    NodeItem *p2 = scene->itemFor(QStringLiteral("p2"));
    REQUIRE(p2);
    const QString tip = toolTipAt(p2, p2->box().textTopLeft + QPointF(2, 2));
    INFO(tip.toStdString());
    CHECK(tip.startsWith(p2->box().fullText + QStringLiteral("\n\n")));
    CHECK(tip.endsWith(QStringLiteral("gap widening: Other − English")));
}
