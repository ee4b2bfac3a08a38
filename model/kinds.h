#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The closed vocabularies of the .kdd format (docs/format.md) and their exact spellings in files.
// Every enum here round-trips through toString()/parse*(); parse* returns nothing for an unknown word.
namespace kdd {

enum class NodeKind { Aim, Driver, Change };
enum class AimRole { Unspecified, Global, Smart };
enum class ChangeStatus { Idea, Testing, Adopted, Abandoned };
enum class LinkStrength { Strong, Weak };
enum class MeasureType { Outcome, Process, Balancing };

// The seven practices of Parsons et al. (2021), in the paper's order.
enum class Practice {
    EstablishPrinciple,
    MeasureForEquity,
    LeadFromLivedExperience,
    CoProduce,
    RedistributePower,
    GrowthMindset,
    EngageBeyondHealthcare,
};

QString toString(NodeKind kind);
QString toString(AimRole role);
QString toString(ChangeStatus status);
QString toString(LinkStrength strength);
QString toString(MeasureType type);
QString toString(Practice practice);

std::optional<NodeKind> parseNodeKind(const QString &word);
std::optional<AimRole> parseAimRole(const QString &word);
std::optional<ChangeStatus> parseChangeStatus(const QString &word);
std::optional<LinkStrength> parseLinkStrength(const QString &word);
std::optional<MeasureType> parseMeasureType(const QString &word);
std::optional<Practice> parsePractice(const QString &word);

// The spellings accepted in files, for error messages ("expected one of …").
QStringList nodeKindWords();
QStringList aimRoleWords();
QStringList changeStatusWords();
QStringList linkStrengthWords();
QStringList measureTypeWords();
QStringList practiceWords();

// Human-readable names for the UI and for check messages ("Lead from lived experience").
QString displayName(Practice practice);

// The stratification dimensions offered by default (IHI guidance); files may use others.
QStringList standardStratificationDimensions();

// Columns of the diagram, left to right. Driver levels 1-3 map to columns 1-3.
constexpr int AimColumn = 0;
constexpr int ChangeColumn = 4;
constexpr int MinDriverLevel = 1;
constexpr int MaxDriverLevel = 3;
constexpr int MinReliability = 1;
constexpr int MaxReliability = 3;

} // namespace kdd
