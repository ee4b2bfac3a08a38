#include "pdsa.h"

#include <array>
#include <utility>

namespace kdd {
namespace {

constexpr std::array<std::pair<PdsaDecision, const char *>, 4> kDecisions{{
    {PdsaDecision::Adopt, "adopt"},
    {PdsaDecision::Adapt, "adapt"},
    {PdsaDecision::Abandon, "abandon"},
    {PdsaDecision::Continue, "continue"},
}};

} // namespace

QString toString(PdsaDecision decision)
{
    for (const auto &[d, word] : kDecisions) {
        if (d == decision)
            return QString::fromLatin1(word);
    }
    return QString();
}

std::optional<PdsaDecision> parsePdsaDecision(const QString &word)
{
    for (const auto &[d, w] : kDecisions) {
        if (word == QLatin1String(w))
            return d;
    }
    return std::nullopt;
}

QStringList pdsaDecisionWords()
{
    QStringList words;
    for (const auto &entry : kDecisions)
        words << QString::fromLatin1(entry.second);
    return words;
}

QString displayName(PdsaDecision decision, const TextLanguage &language)
{
    switch (decision) {
    case PdsaDecision::None:
        return QString();
    case PdsaDecision::Adopt:
        return language.translate("kdd::Pdsa", "Adopt");
    case PdsaDecision::Adapt:
        return language.translate("kdd::Pdsa", "Adapt");
    case PdsaDecision::Abandon:
        return language.translate("kdd::Pdsa", "Abandon");
    case PdsaDecision::Continue:
        return language.translate("kdd::Pdsa", "Continue");
    }
    return QString();
}

std::optional<ChangeStatus> suggestedStatus(PdsaDecision decision)
{
    switch (decision) {
    case PdsaDecision::None:
        return std::nullopt;
    case PdsaDecision::Adopt:
        return ChangeStatus::Adopted;
    case PdsaDecision::Abandon:
        return ChangeStatus::Abandoned;
    case PdsaDecision::Adapt:
    case PdsaDecision::Continue:
        return ChangeStatus::Testing;
    }
    return std::nullopt;
}

} // namespace kdd
