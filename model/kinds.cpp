#include "kinds.h"

#include "node.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace kdd {
namespace {

template <typename Enum, std::size_t N> using Table = std::array<std::pair<Enum, const char *>, N>;

constexpr Table<NodeKind, 3> kNodeKinds{
    {{NodeKind::Aim, "aim"}, {NodeKind::Driver, "driver"}, {NodeKind::Change, "change"}}};
constexpr Table<AimRole, 2> kAimRoles{{{AimRole::Global, "global"}, {AimRole::Smart, "smart"}}};
constexpr Table<ChangeStatus, 4> kStatuses{{{ChangeStatus::Idea, "idea"},
                                            {ChangeStatus::Testing, "testing"},
                                            {ChangeStatus::Adopted, "adopted"},
                                            {ChangeStatus::Abandoned, "abandoned"}}};
constexpr Table<LinkStrength, 2> kStrengths{
    {{LinkStrength::Strong, "strong"}, {LinkStrength::Weak, "weak"}}};
constexpr Table<MeasureType, 3> kMeasureTypes{{{MeasureType::Outcome, "outcome"},
                                               {MeasureType::Process, "process"},
                                               {MeasureType::Balancing, "balancing"}}};
constexpr Table<Rating, 2> kRatings{{{Rating::Low, "low"}, {Rating::High, "high"}}};
constexpr Table<Practice, 7> kPractices{{
    {Practice::EstablishPrinciple, "establish-principle"},
    {Practice::MeasureForEquity, "measure-for-equity"},
    {Practice::LeadFromLivedExperience, "lead-from-lived-experience"},
    {Practice::CoProduce, "co-produce"},
    {Practice::RedistributePower, "redistribute-power"},
    {Practice::GrowthMindset, "growth-mindset"},
    {Practice::EngageBeyondHealthcare, "engage-beyond-healthcare"},
}};

template <typename Enum, std::size_t N> QString wordFor(const Table<Enum, N> &table, Enum value)
{
    for (const auto &[e, word] : table) {
        if (e == value)
            return QString::fromLatin1(word);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueFor(const Table<Enum, N> &table, const QString &word)
{
    for (const auto &[e, w] : table) {
        if (word == QLatin1String(w))
            return e;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N> QStringList wordsOf(const Table<Enum, N> &table)
{
    QStringList words;
    for (const auto &entry : table)
        words << QString::fromLatin1(entry.second);
    return words;
}

} // namespace

QString toString(NodeKind kind) { return wordFor(kNodeKinds, kind); }
QString toString(AimRole role) { return wordFor(kAimRoles, role); }
QString toString(ChangeStatus status) { return wordFor(kStatuses, status); }
QString toString(LinkStrength strength) { return wordFor(kStrengths, strength); }
QString toString(MeasureType type) { return wordFor(kMeasureTypes, type); }
QString toString(Practice practice) { return wordFor(kPractices, practice); }
QString toString(Rating rating) { return wordFor(kRatings, rating); }
std::optional<Rating> parseRating(const QString &word) { return valueFor(kRatings, word); }
QStringList ratingWords() { return wordsOf(kRatings); }

std::optional<NodeKind> parseNodeKind(const QString &word) { return valueFor(kNodeKinds, word); }
std::optional<AimRole> parseAimRole(const QString &word) { return valueFor(kAimRoles, word); }
std::optional<ChangeStatus> parseChangeStatus(const QString &word)
{
    return valueFor(kStatuses, word);
}
std::optional<LinkStrength> parseLinkStrength(const QString &word)
{
    return valueFor(kStrengths, word);
}
std::optional<MeasureType> parseMeasureType(const QString &word)
{
    return valueFor(kMeasureTypes, word);
}
std::optional<Practice> parsePractice(const QString &word) { return valueFor(kPractices, word); }

QStringList nodeKindWords() { return wordsOf(kNodeKinds); }
QStringList aimRoleWords() { return wordsOf(kAimRoles); }
QStringList changeStatusWords() { return wordsOf(kStatuses); }
QStringList linkStrengthWords() { return wordsOf(kStrengths); }
QStringList measureTypeWords() { return wordsOf(kMeasureTypes); }
QStringList practiceWords() { return wordsOf(kPractices); }

QString displayName(Practice practice)
{
    switch (practice) {
    case Practice::EstablishPrinciple:
        return QStringLiteral("Establish principle");
    case Practice::MeasureForEquity:
        return QStringLiteral("Measure for equity");
    case Practice::LeadFromLivedExperience:
        return QStringLiteral("Lead from lived experience");
    case Practice::CoProduce:
        return QStringLiteral("Co-produce");
    case Practice::RedistributePower:
        return QStringLiteral("Redistribute power");
    case Practice::GrowthMindset:
        return QStringLiteral("Practice a growth mindset");
    case Practice::EngageBeyondHealthcare:
        return QStringLiteral("Engage beyond the healthcare system");
    }
    return {};
}

namespace {

// One translation context for the names of boxes, wherever they are shown.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kdd::Kinds)
};

} // namespace

QString displayName(NodeKind kind, int level, NameCase nameCase)
{
    const bool lower = nameCase == NameCase::Lower;
    switch (kind) {
    case NodeKind::Aim:
        return lower ? Text::tr("aim") : Text::tr("Aim");
    case NodeKind::Driver:
        if (level <= 1)
            return lower ? Text::tr("primary driver") : Text::tr("Primary driver");
        if (level == 2)
            return lower ? Text::tr("secondary driver") : Text::tr("Secondary driver");
        return lower ? Text::tr("tertiary driver") : Text::tr("Tertiary driver");
    case NodeKind::Change:
        return lower ? Text::tr("change idea") : Text::tr("Change idea");
    }
    return {};
}

QString displayName(AimRole role, NameCase nameCase)
{
    const bool lower = nameCase == NameCase::Lower;
    switch (role) {
    case AimRole::Global:
        return lower ? Text::tr("global aim") : Text::tr("Global aim");
    case AimRole::Smart:
        return Text::tr("SMART aim");
    case AimRole::Unspecified:
        break;
    }
    return displayName(NodeKind::Aim, 0, nameCase);
}

QString displayName(ChangeStatus status)
{
    switch (status) {
    case ChangeStatus::Idea:
        return Text::tr("Idea");
    case ChangeStatus::Testing:
        return Text::tr("Testing");
    case ChangeStatus::Adopted:
        return Text::tr("Adopted");
    case ChangeStatus::Abandoned:
        return Text::tr("Abandoned");
    }
    return QString();
}

QString displayName(MeasureType type)
{
    switch (type) {
    case MeasureType::Outcome:
        return Text::tr("Outcome");
    case MeasureType::Process:
        return Text::tr("Process");
    case MeasureType::Balancing:
        return Text::tr("Balancing");
    }
    return QString();
}

QString displayName(const Node &node, NameCase nameCase)
{
    return node.isAim() ? displayName(node.role, nameCase)
                        : displayName(node.kind, node.level, nameCase);
}

QStringList standardStratificationDimensions()
{
    return {QStringLiteral("race"),       QStringLiteral("ethnicity"),
            QStringLiteral("language"),   QStringLiteral("neighbourhood-poverty"),
            QStringLiteral("insurance"),  QStringLiteral("disability"),
            QStringLiteral("sex-gender"), QStringLiteral("age-group")};
}

} // namespace kdd
