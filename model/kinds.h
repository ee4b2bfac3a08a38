#pragma once

#include "textlanguage.h"

#include <QString>
#include <QStringList>

#include <optional>

// The closed vocabularies of the .kdd format (docs/format.md) and their exact spellings in files.
// Every enum here round-trips through toString()/parse*(); parse* returns nothing for an unknown
// word.
namespace kdd {

enum class NodeKind { Aim, Driver, Change };
enum class AimRole { Unspecified, Global, Smart };
enum class ChangeStatus { Idea, Testing, Adopted, Abandoned };
enum class LinkStrength { Strong, Weak };
enum class MeasureType { Outcome, Process, Balancing };
// A change idea's impact or effort as the team rates it when prioritising (unset until placed).
enum class Rating { Unset, Low, High };

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
QString toString(Rating rating); // empty for Unset

std::optional<NodeKind> parseNodeKind(const QString &word);
std::optional<AimRole> parseAimRole(const QString &word);
std::optional<ChangeStatus> parseChangeStatus(const QString &word);
std::optional<LinkStrength> parseLinkStrength(const QString &word);
std::optional<MeasureType> parseMeasureType(const QString &word);
std::optional<Practice> parsePractice(const QString &word);
std::optional<Rating> parseRating(const QString &word); // "low" or "high"

// The spellings accepted in files, for error messages ("expected one of …").
QStringList nodeKindWords();
QStringList aimRoleWords();
QStringList changeStatusWords();
QStringList linkStrengthWords();
QStringList measureTypeWords();
QStringList practiceWords();
QStringList ratingWords();

// Human-readable names for the UI and for check messages ("Lead from lived experience"), in the
// program's language or, for what a document shows, in `language`.
QString displayName(Practice practice, const TextLanguage &language = TextLanguage());

struct Node;

// How a box's name is spelled: to start a label or sentence ("Primary driver"), or inside a
// sentence ("primary driver"). Both are translated separately, as languages differ here.
enum class NameCase { Sentence, Lower };

// The translated name of a kind of box: "Aim", "Primary driver" (level 1), "Secondary driver",
// "Tertiary driver" (levels above 2), "Change idea". `level` counts for drivers only.
QString displayName(NodeKind kind, int level, NameCase nameCase = NameCase::Sentence);
// The translated name of an aim with its role: "Aim", "Global aim", "SMART aim".
QString displayName(AimRole role, NameCase nameCase = NameCase::Sentence,
                    const TextLanguage &language = TextLanguage());
// The name of this box: its aim role for aims, else its kind and level.
QString displayName(const Node &node, NameCase nameCase = NameCase::Sentence);

// The translated name of a change idea's status ("Testing") and of a measure's type
// ("Outcome"), capitalised as a table cell or a label shows them; in the program's language or
// in a document's.
QString displayName(ChangeStatus status, const TextLanguage &language = TextLanguage());
QString displayName(MeasureType type, const TextLanguage &language = TextLanguage());

// The stratification dimensions offered by default (IHI guidance); files may use others.
QStringList standardStratificationDimensions();

// Columns of the diagram, left to right. Driver levels 1-3 map to columns 1-3.
constexpr int AimColumn = 0;
constexpr int ChangeColumn = 4;
constexpr int MinDriverLevel = 1;
constexpr int MaxDriverLevel = 3;
constexpr int MinReliability = 1;
constexpr int MaxReliability = 3;
// Dot votes a change idea can hold: far beyond any room, small enough for any arithmetic.
constexpr int MaxVotes = 100000;

} // namespace kdd
