#include "charterreport.h"

#include "equitylens.h"
#include "kinds.h"
#include "measurecharts.h"
#include "textlanguage.h"

#include <QCoreApplication>

#include <algorithm>

namespace kdd {
namespace {

// The charter is the document's: its words are in its language (meta.language), whatever the
// program speaks.
QString notWritten(const TextLanguage &words)
{
    return words.translate("kdd::CharterReport", "Not written yet.");
}

// The texts of `ids`, one per line, in the order given.
QString boxTexts(const Diagram &diagram, const QStringList &ids)
{
    QStringList texts;
    for (const QString &id : ids) {
        if (const Node *node = diagram.node(id))
            texts << node->text;
    }
    return texts.join(QLatin1Char('\n'));
}

void addTextSection(ReportDocument &report, const QString &title, const QString &text,
                    const TextLanguage &words)
{
    report.blocks.push_back(ReportBlock::heading(title));
    report.blocks.push_back(text.trimmed().isEmpty() ? ReportBlock::note(notWritten(words))
                                                     : ReportBlock::paragraph(text.trimmed()));
}

void addOverview(ReportDocument &report, const Diagram &diagram, const TextLanguage &words)
{
    const Metadata &meta = diagram.metadata();
    std::vector<QStringList> rows;
    auto add = [&rows](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            rows.push_back({label, value.trimmed()});
    };
    add(words.translate("kdd::CharterReport", "Team"), meta.team);
    add(words.translate("kdd::CharterReport", "Leaders"), meta.leaders.join(QStringLiteral(", ")));
    add(words.translate("kdd::CharterReport", "Sponsor"), meta.charter.sponsor);
    add(words.translate("kdd::CharterReport", "Population"), meta.population);
    QString revision = meta.revision;
    if (!meta.revisionDate.isEmpty())
        revision = revision.isEmpty()
                     ? meta.revisionDate
                     : revision + QStringLiteral(" (") + meta.revisionDate + QLatin1Char(')');
    add(words.translate("kdd::CharterReport", "Revision"), revision);
    if (!rows.empty())
        report.blocks.push_back(ReportBlock::fields(std::move(rows)));
}

void addAims(ReportDocument &report, const Diagram &diagram, const TextLanguage &words)
{
    report.blocks.push_back(ReportBlock::heading(words.translate("kdd::CharterReport", "Aim")));
    // The global aim first, then the SMART aims that make it measurable; else the file's order.
    std::vector<QStringList> global, rest;
    for (const Node &node : diagram.nodes()) {
        if (!node.isAim())
            continue;
        (node.role == AimRole::Global ? global : rest)
            .push_back({displayName(node.role, NameCase::Sentence, words), node.text});
    }
    global.insert(global.end(), rest.begin(), rest.end());
    if (global.empty())
        report.blocks.push_back(ReportBlock::note(
            words.translate("kdd::CharterReport", "The diagram has no aim yet.")));
    else
        report.blocks.push_back(ReportBlock::fields(std::move(global)));
}

void addDiagram(ReportDocument &report, const Diagram &diagram, const TextLanguage &words)
{
    report.blocks.push_back(
        ReportBlock::heading(words.translate("kdd::CharterReport", "Key driver diagram")));
    int drivers[4] = {0, 0, 0, 0};
    int ideas = 0;
    for (const Node &node : diagram.nodes()) {
        if (node.isDriver())
            ++drivers[std::clamp(node.level, 1, 3)];
        else if (node.isChange())
            ++ideas;
    }
    report.blocks.push_back(ReportBlock::paragraph(
        words
            .translate("kdd::CharterReport", "%1 primary drivers, %2 secondary drivers, %3 "
                                             "tertiary drivers and %4 change ideas.")
            .arg(drivers[1])
            .arg(drivers[2])
            .arg(drivers[3])
            .arg(ideas)));
    report.blocks.push_back(ReportBlock::diagram());
}

QString measureDefinition(const Measure &measure, const TextLanguage &words)
{
    QStringList lines;
    if (!measure.numerator.isEmpty())
        lines << words.translate("kdd::CharterReport", "Numerator: %1").arg(measure.numerator);
    if (!measure.denominator.isEmpty())
        lines << words.translate("kdd::CharterReport", "Denominator: %1").arg(measure.denominator);
    if (!measure.source.isEmpty())
        lines << words.translate("kdd::CharterReport", "Data source: %1").arg(measure.source);
    return lines.join(QLatin1Char('\n'));
}

// What the chart below says, in words: how many periods, and the latest signal.
QString chartSummary(const Measure &measure, const TextLanguage &words)
{
    const MeasureSignal signal = measureSignal(measure);
    QStringList periods;
    for (const MeasurePoint &point : measure.data)
        periods << point.period;
    periods.sort();
    periods.removeDuplicates();
    QString verdict;
    switch (signal.verdict) {
    case spc::Verdict::Improving:
        verdict = words.translate("kdd::CharterReport", "The latest signal is an improvement.");
        break;
    case spc::Verdict::Deteriorating:
        verdict = words.translate("kdd::CharterReport", "The latest signal is a deterioration.");
        break;
    case spc::Verdict::Signal:
        verdict = words.translate("kdd::CharterReport", "The latest points show a special cause.");
        break;
    case spc::Verdict::NoSignal:
        verdict = words.translate("kdd::CharterReport", "No special cause in the latest points.");
        break;
    }
    QString text =
        periods.size() == 1
            ? words.translate("kdd::CharterReport", "Data for %1 only.").arg(periods.front())
            : words.translate("kdd::CharterReport", "Data from %1 to %2 (%3 periods).")
                  .arg(periods.front(), periods.back(), QString::number(periods.size()));
    text += QLatin1Char(' ') + verdict;
    if (!signal.wideningGaps.isEmpty())
        text += QLatin1Char(' ')
              + words.translate("kdd::CharterReport", "Widening gap: %1.")
                    .arg(signal.wideningGaps.join(QStringLiteral(", ")));
    if (signal.strataMissing)
        text += QLatin1Char(' ')
              + words
                    .translate("kdd::CharterReport",
                               "Stratified by %1, but no data point names a stratum.")
                    .arg(measure.stratifyBy.join(QStringLiteral(", ")));
    else if (!signal.dimensionsWithoutData.isEmpty())
        text += QLatin1Char(' ')
              + words.translate("kdd::CharterReport", "No data by %1 yet.")
                    .arg(signal.dimensionsWithoutData.join(QStringLiteral(", ")));
    return text;
}

// Each measure with data gets its chart after the plan; a stratified one a line per stratum, so
// a reader sees whose outcomes move.
void addMeasureCharts(ReportDocument &report, const Diagram &diagram, const TextLanguage &words)
{
    for (const Measure &measure : diagram.measures()) {
        if (!measure.hasData())
            continue;
        report.blocks.push_back(ReportBlock::heading(
            measure.name.trimmed().isEmpty() ? measure.id : measure.name.trimmed(), 2));
        report.blocks.push_back(ReportBlock::paragraph(chartSummary(measure, words)));
        report.blocks.push_back(ReportBlock::chart(measure.id, !strataOf(measure).empty()));
    }
}

void addMeasures(ReportDocument &report, const Diagram &diagram, const TextLanguage &words)
{
    report.blocks.push_back(
        ReportBlock::heading(words.translate("kdd::CharterReport", "Measurement plan")));
    if (diagram.measures().empty()) {
        report.blocks.push_back(
            ReportBlock::note(words.translate("kdd::CharterReport", "No measure is defined yet.")));
        return;
    }
    std::vector<QStringList> rows;
    for (const Measure &measure : diagram.measures()) {
        rows.push_back({measure.name, displayName(measure.type, words),
                        boxTexts(diagram, measure.nodes), measureDefinition(measure, words),
                        measure.stratifyBy.join(QStringLiteral(", ")), measure.target});
    }
    report.blocks.push_back(
        ReportBlock::table({words.translate("kdd::CharterReport", "Measure"),
                            words.translate("kdd::CharterReport", "Type"),
                            words.translate("kdd::CharterReport", "Measures"),
                            words.translate("kdd::CharterReport", "Definition"),
                            words.translate("kdd::CharterReport", "Stratified by"),
                            words.translate("kdd::CharterReport", "Target")},
                           std::move(rows)));
    addMeasureCharts(report, diagram, words);
}

void addChangeIdeas(ReportDocument &report, const Diagram &diagram, const TextLanguage &words)
{
    report.blocks.push_back(
        ReportBlock::heading(words.translate("kdd::CharterReport", "Change ideas")));
    std::vector<const Node *> ideas;
    bool owners = false, partners = false, votes = false;
    for (const Node &node : diagram.nodes()) {
        if (!node.isChange())
            continue;
        ideas.push_back(&node);
        owners = owners || !node.owner.isEmpty();
        partners = partners || !node.partners.isEmpty();
        votes = votes || node.votes > 0;
    }
    if (ideas.empty()) {
        report.blocks.push_back(
            ReportBlock::note(words.translate("kdd::CharterReport", "No change idea yet.")));
        return;
    }
    // Only the columns some idea fills: an empty "Votes" column says nothing to a reader.
    QStringList header{words.translate("kdd::CharterReport", "Change idea"),
                       words.translate("kdd::CharterReport", "Drivers"),
                       words.translate("kdd::CharterReport", "Status")};
    if (owners)
        header << words.translate("kdd::CharterReport", "Owner");
    if (partners)
        header << words.translate("kdd::CharterReport", "Partners");
    if (votes)
        header << words.translate("kdd::CharterReport", "Votes");
    std::vector<QStringList> rows;
    for (const Node *idea : ideas) {
        QStringList drivers;
        for (const Link &link : diagram.links()) {
            if (link.to == idea->id)
                drivers << link.from;
        }
        QStringList row{idea->text, boxTexts(diagram, drivers), displayName(idea->status, words)};
        if (owners)
            row << idea->owner;
        if (partners)
            row << idea->partners.join(QStringLiteral(", "));
        if (votes)
            row << (idea->votes > 0 ? QString::number(idea->votes) : QString());
        rows.push_back(row);
    }
    report.blocks.push_back(ReportBlock::table(header, std::move(rows)));
}

void addTeam(ReportDocument &report, const Charter &charter, const TextLanguage &words)
{
    report.blocks.push_back(
        ReportBlock::heading(words.translate("kdd::CharterReport", "Team and roles")));
    if (charter.members.empty()) {
        report.blocks.push_back(ReportBlock::note(notWritten(words)));
        return;
    }
    std::vector<QStringList> rows;
    for (const TeamMember &member : charter.members)
        rows.push_back({member.name, member.role});
    report.blocks.push_back(ReportBlock::table({words.translate("kdd::CharterReport", "Name"),
                                                words.translate("kdd::CharterReport", "Role")},
                                               std::move(rows)));
}

void addScope(ReportDocument &report, const Charter &charter, const TextLanguage &words)
{
    report.blocks.push_back(ReportBlock::heading(words.translate("kdd::CharterReport", "Scope")));
    if (charter.scopeIn.trimmed().isEmpty() && charter.scopeOut.trimmed().isEmpty()) {
        report.blocks.push_back(ReportBlock::note(notWritten(words)));
        return;
    }
    const QString none = words.translate("kdd::CharterReport", "Not stated.");
    auto value = [&none](const QString &text) {
        return text.trimmed().isEmpty() ? none : text.trimmed();
    };
    report.blocks.push_back(ReportBlock::fields(
        {{words.translate("kdd::CharterReport", "In scope"), value(charter.scopeIn)},
         {words.translate("kdd::CharterReport", "Out of scope"), value(charter.scopeOut)}}));
}

void addTimeline(ReportDocument &report, const Charter &charter, const TextLanguage &words)
{
    report.blocks.push_back(
        ReportBlock::heading(words.translate("kdd::CharterReport", "Timeline")));
    if (charter.milestones.empty()) {
        report.blocks.push_back(ReportBlock::note(notWritten(words)));
        return;
    }
    std::vector<Milestone> milestones = charter.milestones;
    // ISO dates sort as text; equal dates keep the team's order.
    std::stable_sort(milestones.begin(), milestones.end(),
                     [](const Milestone &a, const Milestone &b) { return a.date < b.date; });
    std::vector<QStringList> rows;
    for (const Milestone &milestone : milestones)
        rows.push_back({milestone.date, milestone.label});
    report.blocks.push_back(ReportBlock::table({words.translate("kdd::CharterReport", "Date"),
                                                words.translate("kdd::CharterReport", "Milestone")},
                                               std::move(rows)));
}

void addEquity(ReportDocument &report, const Diagram &diagram, const TextLanguage &words)
{
    const Metadata &meta = diagram.metadata();
    report.blocks.push_back(ReportBlock::heading(words.translate("kdd::CharterReport", "Equity")));
    if (meta.equityStatement.trimmed().isEmpty())
        report.blocks.push_back(
            ReportBlock::note(words.translate("kdd::CharterReport", "No equity statement yet.")));
    else
        report.blocks.push_back(ReportBlock::paragraph(meta.equityStatement.trimmed()));

    const EquityLens lens = equityLens(diagram);
    std::vector<QStringList> rows;
    for (const auto &[practice, ids] : lens.coverage) {
        const bool committed = std::find(meta.practices.begin(), meta.practices.end(), practice)
                            != meta.practices.end();
        QStringList texts;
        for (const NodeId &id : ids) {
            if (const Node *node = diagram.node(id))
                texts << node->text;
        }
        rows.push_back({displayName(practice, words),
                        committed ? words.translate("kdd::CharterReport", "Yes") : QString(),
                        texts.isEmpty() ? words.translate("kdd::CharterReport", "None")
                                        : texts.join(QLatin1Char('\n'))});
    }
    report.blocks.push_back(
        ReportBlock::heading(words.translate("kdd::CharterReport", "The seven practices"), 2));
    report.blocks.push_back(
        ReportBlock::table({words.translate("kdd::CharterReport", "Practice"),
                            words.translate("kdd::CharterReport", "Committed"),
                            words.translate("kdd::CharterReport", "Boxes that carry it")},
                           std::move(rows)));
}

void addRevisions(ReportDocument &report, const Diagram &diagram, const TextLanguage &words)
{
    report.blocks.push_back(
        ReportBlock::heading(words.translate("kdd::CharterReport", "Revision history")));
    std::vector<QStringList> rows;
    for (const Revision &revision : diagram.revisions())
        rows.push_back({revision.date, revision.label, revision.note});
    const Metadata &meta = diagram.metadata();
    if (!meta.revision.isEmpty() || !meta.revisionDate.isEmpty())
        rows.push_back({meta.revisionDate, meta.revision,
                        words.translate("kdd::CharterReport", "This revision")});
    if (rows.empty()) {
        report.blocks.push_back(ReportBlock::note(
            words.translate("kdd::CharterReport", "No revision has been kept yet.")));
        return;
    }
    report.blocks.push_back(
        ReportBlock::table({words.translate("kdd::CharterReport", "Date"),
                            words.translate("kdd::CharterReport", "Revision"),
                            words.translate("kdd::CharterReport", "What changed")},
                           std::move(rows)));
}

} // namespace

ReportDocument charterReport(const Diagram &diagram)
{
    const TextLanguage words(diagram.metadata().language);
    ReportDocument report;
    report.language = diagram.metadata().language;
    report.title = diagram.title().trimmed().isEmpty()
                     ? words.translate("kdd::CharterReport", "Project charter")
                     : diagram.title().trimmed();
    QStringList subtitle{words.translate("kdd::CharterReport", "Project charter")};
    const Metadata &meta = diagram.metadata();
    if (!meta.team.trimmed().isEmpty())
        subtitle << meta.team.trimmed();
    if (!meta.revision.isEmpty())
        subtitle << words.translate("kdd::CharterReport", "Revision %1").arg(meta.revision);
    if (!meta.revisionDate.isEmpty())
        subtitle << meta.revisionDate;
    report.subtitle = subtitle.join(QStringLiteral(" · "));

    addOverview(report, diagram, words);
    addTextSection(report, words.translate("kdd::CharterReport", "Problem statement"),
                   meta.charter.problem, words);
    addAims(report, diagram, words);
    addDiagram(report, diagram, words);
    addMeasures(report, diagram, words);
    addChangeIdeas(report, diagram, words);
    addTeam(report, meta.charter, words);
    addScope(report, meta.charter, words);
    addTimeline(report, meta.charter, words);
    addTextSection(report, words.translate("kdd::CharterReport", "Resources and constraints"),
                   meta.charter.resources, words);
    addEquity(report, diagram, words);
    addRevisions(report, diagram, words);
    return report;
}

} // namespace kdd
