#include "charterreport.h"

#include "equitylens.h"
#include "kinds.h"

#include <QCoreApplication>

#include <algorithm>

namespace kdd {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("kdd::CharterReport", text); }

QString notWritten() { return tr("Not written yet."); }

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

void addTextSection(ReportDocument &report, const QString &title, const QString &text)
{
    report.blocks.push_back(ReportBlock::heading(title));
    report.blocks.push_back(text.trimmed().isEmpty() ? ReportBlock::note(notWritten())
                                                     : ReportBlock::paragraph(text.trimmed()));
}

void addOverview(ReportDocument &report, const Diagram &diagram)
{
    const Metadata &meta = diagram.metadata();
    std::vector<QStringList> rows;
    auto add = [&rows](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            rows.push_back({label, value.trimmed()});
    };
    add(tr("Team"), meta.team);
    add(tr("Leaders"), meta.leaders.join(QStringLiteral(", ")));
    add(tr("Sponsor"), meta.charter.sponsor);
    add(tr("Population"), meta.population);
    QString revision = meta.revision;
    if (!meta.revisionDate.isEmpty())
        revision = revision.isEmpty()
                     ? meta.revisionDate
                     : revision + QStringLiteral(" (") + meta.revisionDate + QLatin1Char(')');
    add(tr("Revision"), revision);
    if (!rows.empty())
        report.blocks.push_back(ReportBlock::fields(std::move(rows)));
}

void addAims(ReportDocument &report, const Diagram &diagram)
{
    report.blocks.push_back(ReportBlock::heading(tr("Aim")));
    // The global aim first, then the SMART aims that make it measurable; else the file's order.
    std::vector<QStringList> global, rest;
    for (const Node &node : diagram.nodes()) {
        if (!node.isAim())
            continue;
        (node.role == AimRole::Global ? global : rest)
            .push_back({displayName(node.role), node.text});
    }
    global.insert(global.end(), rest.begin(), rest.end());
    if (global.empty())
        report.blocks.push_back(ReportBlock::note(tr("The diagram has no aim yet.")));
    else
        report.blocks.push_back(ReportBlock::fields(std::move(global)));
}

void addDiagram(ReportDocument &report, const Diagram &diagram)
{
    report.blocks.push_back(ReportBlock::heading(tr("Key driver diagram")));
    int drivers[4] = {0, 0, 0, 0};
    int ideas = 0;
    for (const Node &node : diagram.nodes()) {
        if (node.isDriver())
            ++drivers[std::clamp(node.level, 1, 3)];
        else if (node.isChange())
            ++ideas;
    }
    report.blocks.push_back(ReportBlock::paragraph(
        tr("%1 primary drivers, %2 secondary drivers, %3 tertiary drivers and %4 change ideas.")
            .arg(drivers[1])
            .arg(drivers[2])
            .arg(drivers[3])
            .arg(ideas)));
    report.blocks.push_back(ReportBlock::diagram());
}

QString measureDefinition(const Measure &measure)
{
    QStringList lines;
    if (!measure.numerator.isEmpty())
        lines << tr("Numerator: %1").arg(measure.numerator);
    if (!measure.denominator.isEmpty())
        lines << tr("Denominator: %1").arg(measure.denominator);
    if (!measure.source.isEmpty())
        lines << tr("Data source: %1").arg(measure.source);
    return lines.join(QLatin1Char('\n'));
}

void addMeasures(ReportDocument &report, const Diagram &diagram)
{
    report.blocks.push_back(ReportBlock::heading(tr("Measurement plan")));
    if (diagram.measures().empty()) {
        report.blocks.push_back(ReportBlock::note(tr("No measure is defined yet.")));
        return;
    }
    std::vector<QStringList> rows;
    for (const Measure &measure : diagram.measures()) {
        rows.push_back({measure.name, displayName(measure.type), boxTexts(diagram, measure.nodes),
                        measureDefinition(measure), measure.stratifyBy.join(QStringLiteral(", ")),
                        measure.target});
    }
    report.blocks.push_back(
        ReportBlock::table({tr("Measure"), tr("Type"), tr("Measures"), tr("Definition"),
                            tr("Stratified by"), tr("Target")},
                           std::move(rows)));
}

void addChangeIdeas(ReportDocument &report, const Diagram &diagram)
{
    report.blocks.push_back(ReportBlock::heading(tr("Change ideas")));
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
        report.blocks.push_back(ReportBlock::note(tr("No change idea yet.")));
        return;
    }
    // Only the columns some idea fills: an empty "Votes" column says nothing to a reader.
    QStringList header{tr("Change idea"), tr("Drivers"), tr("Status")};
    if (owners)
        header << tr("Owner");
    if (partners)
        header << tr("Partners");
    if (votes)
        header << tr("Votes");
    std::vector<QStringList> rows;
    for (const Node *idea : ideas) {
        QStringList drivers;
        for (const Link &link : diagram.links()) {
            if (link.to == idea->id)
                drivers << link.from;
        }
        QStringList row{idea->text, boxTexts(diagram, drivers), displayName(idea->status)};
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

void addTeam(ReportDocument &report, const Charter &charter)
{
    report.blocks.push_back(ReportBlock::heading(tr("Team and roles")));
    if (charter.members.empty()) {
        report.blocks.push_back(ReportBlock::note(notWritten()));
        return;
    }
    std::vector<QStringList> rows;
    for (const TeamMember &member : charter.members)
        rows.push_back({member.name, member.role});
    report.blocks.push_back(ReportBlock::table({tr("Name"), tr("Role")}, std::move(rows)));
}

void addScope(ReportDocument &report, const Charter &charter)
{
    report.blocks.push_back(ReportBlock::heading(tr("Scope")));
    if (charter.scopeIn.trimmed().isEmpty() && charter.scopeOut.trimmed().isEmpty()) {
        report.blocks.push_back(ReportBlock::note(notWritten()));
        return;
    }
    const QString none = tr("Not stated.");
    auto value = [&none](const QString &text) {
        return text.trimmed().isEmpty() ? none : text.trimmed();
    };
    report.blocks.push_back(ReportBlock::fields(
        {{tr("In scope"), value(charter.scopeIn)}, {tr("Out of scope"), value(charter.scopeOut)}}));
}

void addTimeline(ReportDocument &report, const Charter &charter)
{
    report.blocks.push_back(ReportBlock::heading(tr("Timeline")));
    if (charter.milestones.empty()) {
        report.blocks.push_back(ReportBlock::note(notWritten()));
        return;
    }
    std::vector<Milestone> milestones = charter.milestones;
    // ISO dates sort as text; equal dates keep the team's order.
    std::stable_sort(milestones.begin(), milestones.end(),
                     [](const Milestone &a, const Milestone &b) { return a.date < b.date; });
    std::vector<QStringList> rows;
    for (const Milestone &milestone : milestones)
        rows.push_back({milestone.date, milestone.label});
    report.blocks.push_back(ReportBlock::table({tr("Date"), tr("Milestone")}, std::move(rows)));
}

void addEquity(ReportDocument &report, const Diagram &diagram)
{
    const Metadata &meta = diagram.metadata();
    report.blocks.push_back(ReportBlock::heading(tr("Equity")));
    if (meta.equityStatement.trimmed().isEmpty())
        report.blocks.push_back(ReportBlock::note(tr("No equity statement yet.")));
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
        rows.push_back({displayName(practice), committed ? tr("Yes") : QString(),
                        texts.isEmpty() ? tr("None") : texts.join(QLatin1Char('\n'))});
    }
    report.blocks.push_back(ReportBlock::heading(tr("The seven practices"), 2));
    report.blocks.push_back(ReportBlock::table(
        {tr("Practice"), tr("Committed"), tr("Boxes that carry it")}, std::move(rows)));
}

void addRevisions(ReportDocument &report, const Diagram &diagram)
{
    report.blocks.push_back(ReportBlock::heading(tr("Revision history")));
    std::vector<QStringList> rows;
    for (const Revision &revision : diagram.revisions())
        rows.push_back({revision.date, revision.label, revision.note});
    const Metadata &meta = diagram.metadata();
    if (!meta.revision.isEmpty() || !meta.revisionDate.isEmpty())
        rows.push_back({meta.revisionDate, meta.revision, tr("This revision")});
    if (rows.empty()) {
        report.blocks.push_back(ReportBlock::note(tr("No revision has been kept yet.")));
        return;
    }
    report.blocks.push_back(
        ReportBlock::table({tr("Date"), tr("Revision"), tr("What changed")}, std::move(rows)));
}

} // namespace

ReportDocument charterReport(const Diagram &diagram)
{
    ReportDocument report;
    report.title =
        diagram.title().trimmed().isEmpty() ? tr("Project charter") : diagram.title().trimmed();
    QStringList subtitle{tr("Project charter")};
    const Metadata &meta = diagram.metadata();
    if (!meta.team.trimmed().isEmpty())
        subtitle << meta.team.trimmed();
    if (!meta.revision.isEmpty())
        subtitle << tr("Revision %1").arg(meta.revision);
    if (!meta.revisionDate.isEmpty())
        subtitle << meta.revisionDate;
    report.subtitle = subtitle.join(QStringLiteral(" · "));

    addOverview(report, diagram);
    addTextSection(report, tr("Problem statement"), meta.charter.problem);
    addAims(report, diagram);
    addDiagram(report, diagram);
    addMeasures(report, diagram);
    addChangeIdeas(report, diagram);
    addTeam(report, meta.charter);
    addScope(report, meta.charter);
    addTimeline(report, meta.charter);
    addTextSection(report, tr("Resources and constraints"), meta.charter.resources);
    addEquity(report, diagram);
    addRevisions(report, diagram);
    return report;
}

} // namespace kdd
