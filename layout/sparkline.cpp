#include "sparkline.h"

#include "model/measuresignals.h"
#include "model/textlanguage.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace kdd {

QSizeF sparklineSize(const Typography &t)
{
    // 40 x 12 beside badges of 14: half units, like every other scaled length.
    const qreal width = std::round(t.badgeSize * 40 / 14 * 2) / 2;
    const qreal height = std::round(t.badgeSize * 12 / 14 * 2) / 2;
    return {width, height};
}

QString sparklineMore(int more) { return more > 0 ? QStringLiteral("+%1").arg(more) : QString(); }

qreal sparklineWidth(const DiagramLayout::Sparkline &spark, const Typography &t)
{
    if (!spark.isShown())
        return 0;
    qreal width = sparklineSize(t).width() + 4;
    if (spark.more > 0)
        width += QFontMetricsF(t.badgeFont).horizontalAdvance(sparklineMore(spark.more)) + 3;
    return width;
}

QString measureDefinition(const Measure &m, const TextLanguage &words)
{
    QStringList lines;
    const auto add = [&](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines << label.arg(value);
    };
    add(words.translate("kdd::LayoutEngine", "Numerator: %1"), m.numerator);
    add(words.translate("kdd::LayoutEngine", "Denominator: %1"), m.denominator);
    add(words.translate("kdd::LayoutEngine", "Source: %1"), m.source);
    add(words.translate("kdd::LayoutEngine", "Target: %1"), m.target);
    add(words.translate("kdd::LayoutEngine", "Stratified by: %1"),
        m.stratifyBy.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

QString verdictWords(spc::Verdict verdict, const TextLanguage &words)
{
    switch (verdict) {
    case spc::Verdict::Improving:
        return words.translate("kdd::Sparkline", "Improving");
    case spc::Verdict::Deteriorating:
        return words.translate("kdd::Sparkline", "Deteriorating");
    case spc::Verdict::Signal:
        return words.translate("kdd::Sparkline", "Special-cause signal");
    case spc::Verdict::NoSignal:
        break;
    }
    return words.translate("kdd::Sparkline", "No signal");
}

DiagramLayout::Sparkline boxSparkline(const Diagram &diagram, const NodeId &id,
                                      const MeasureSignals *signalCache, const TextLanguage &words)
{
    DiagramLayout::Sparkline spark;
    std::vector<const Measure *> withData;
    for (const Measure *m : diagram.measuresOf(id)) {
        if (m->hasData())
            withData.push_back(m);
    }
    if (withData.empty())
        return spark;
    // The outcome is what the team set out to change: its line says most about the box.
    std::stable_partition(withData.begin(), withData.end(),
                          [](const Measure *m) { return m->type == MeasureType::Outcome; });
    const Measure &m = *withData.front();
    const MeasureSignal signal = signalCache ? signalCache->of(m) : measureSignal(m);
    spark.measure = m.id;
    spark.name = m.name;
    spark.definition = measureDefinition(m, words);
    spark.verdict = signal.verdict;
    spark.values = signal.recent;
    spark.lastPeriod = signal.lastPeriod;
    spark.lastValue = signal.lastValue;
    spark.percent = m.data.front().hasRatio() && defaultChartType(m) == spc::ChartType::P;
    spark.more = static_cast<int>(withData.size()) - 1;
    spark.title = words.translate("kdd::Sparkline", "%1: %2")
                      .arg(m.name.isEmpty() ? m.id : m.name, verdictWords(signal.verdict, words));
    return spark;
}

QPolygonF sparklinePoints(const std::vector<double> &values, const QRectF &rect)
{
    double low = 0;
    double high = 0;
    bool any = false;
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        low = any ? std::min(low, v) : v;
        high = any ? std::max(high, v) : v;
        any = true;
    }
    QPolygonF points;
    if (!any)
        return points;
    const std::size_t n = values.size();
    const qreal step = n > 1 ? rect.width() / static_cast<qreal>(n - 1) : 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double v = values[i];
        if (!std::isfinite(v))
            continue;
        const qreal x = n > 1 ? rect.left() + step * static_cast<qreal>(i) : rect.center().x();
        const qreal y = high > low ? rect.bottom() - (v - low) / (high - low) * rect.height()
                                   : rect.center().y();
        points << QPointF(x, y);
    }
    return points;
}

} // namespace kdd
