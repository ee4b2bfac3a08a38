#include "sparklinetext.h"

#include <QCoreApplication>

#include <cmath>

namespace kdd {
namespace {

// The translation context of these words.
class SparklineText
{
    Q_DECLARE_TR_FUNCTIONS(kdd::SparklineText)
};

QString nameOf(const DiagramLayout::Sparkline &spark)
{
    return spark.name.isEmpty() ? spark.measure : spark.name;
}

} // namespace

QString signalWords(spc::Verdict verdict)
{
    switch (verdict) {
    case spc::Verdict::Improving:
        return SparklineText::tr("Improving (special-cause signal)");
    case spc::Verdict::Deteriorating:
        return SparklineText::tr("Deteriorating (special-cause signal)");
    case spc::Verdict::Signal:
        return SparklineText::tr("Special-cause signal (which way is better is not set)");
    case spc::Verdict::NoSignal:
        break;
    }
    return SparklineText::tr("No signal (common-cause variation only)");
}

QString sparklineValueText(const DiagramLayout::Sparkline &spark)
{
    if (!std::isfinite(spark.lastValue))
        return QString();
    if (spark.percent)
        return SparklineText::tr("%1%").arg(QString::number(spark.lastValue * 100, 'f', 1));
    return QString::number(spark.lastValue, 'g', 4);
}

QString sparklineToolTip(const DiagramLayout::Sparkline &spark)
{
    QStringList lines;
    lines << nameOf(spark);
    if (!spark.definition.isEmpty())
        lines << spark.definition;
    const QString value = sparklineValueText(spark);
    if (!spark.lastPeriod.isEmpty() && !value.isEmpty())
        lines << SparklineText::tr("Last value: %1 in %2").arg(value, spark.lastPeriod);
    lines << signalWords(spark.verdict);
    if (spark.more > 0)
        lines << SparklineText::tr("%n more measure(s) with data on this box", nullptr, spark.more);
    return lines.join(QLatin1Char('\n'));
}

QString sparklineDescription(const DiagramLayout::Sparkline &spark)
{
    const QString value = sparklineValueText(spark);
    if (spark.lastPeriod.isEmpty() || value.isEmpty())
        return SparklineText::tr("%1: %2").arg(nameOf(spark), signalWords(spark.verdict));
    return SparklineText::tr("%1: last value %2 in %3, %4")
        .arg(nameOf(spark), value, spark.lastPeriod, signalWords(spark.verdict));
}

} // namespace kdd
