#pragma once

#include "extras.h"
#include "kinds.h"
#include "textlanguage.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kdd {

// What a team decided at the end of a PDSA cycle (the "Act" of Plan-Do-Study-Act).
enum class PdsaDecision { None, Adopt, Adapt, Abandon, Continue };

// One Plan-Do-Study-Act cycle run on a change idea: what was tried, by whom, when, what the
// team predicted and learned, and what it decided.
struct PdsaCycle
{
    int number = 1; // 1, 2, 3… in the order the team ran them
    QString plan;
    QString prediction;
    QString who;
    QString start; // "YYYY-MM-DD" or empty
    QString end;   // "YYYY-MM-DD" or empty
    QString study; // what was learned
    PdsaDecision decision = PdsaDecision::None;
    Extras extras;

    friend bool operator==(const PdsaCycle &a, const PdsaCycle &b)
    {
        return a.number == b.number && a.plan == b.plan && a.prediction == b.prediction
            && a.who == b.who && a.start == b.start && a.end == b.end && a.study == b.study
            && a.decision == b.decision && a.extras == b.extras;
    }
    friend bool operator!=(const PdsaCycle &a, const PdsaCycle &b) { return !(a == b); }
};

QString toString(PdsaDecision decision); // "adopt", …; empty for None
std::optional<PdsaDecision> parsePdsaDecision(const QString &word);
QStringList pdsaDecisionWords();
// The decision in words ("Adopt"), in `language` (the program's by default).
QString displayName(PdsaDecision decision, const TextLanguage &language = TextLanguage());
// The status a decision suggests for its change idea: adopt → adopted, abandon → abandoned,
// adapt and continue → testing; nothing for no decision.
std::optional<ChangeStatus> suggestedStatus(PdsaDecision decision);

} // namespace kdd
