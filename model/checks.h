#pragma once

#include "diagram.h"

#include <QString>

#include <vector>

// QI good-practice and equity checks (docs/checks.md). They advise: a diagram with findings can
// still be opened, saved and exported.
namespace kdd {

enum class Severity { Error, Warning, Info };

QString toString(Severity severity); // "error", "warning", "info" (JSON's words, never translated)
QString severityLabel(Severity severity); // the same in the program's language, for people

// One rule of the catalogue; ids are stable ("KDD101") because teams silence them by id.
struct CheckRule
{
    const char *id;
    Severity severity;
    const char *title; // short name, e.g. "Aim has no time frame"
};

// One thing a check found, about a node or a measure (or the whole diagram when both are empty).
struct Finding
{
    QString rule;
    Severity severity = Severity::Warning;
    QString message;
    NodeId node;
    MeasureId measure;
};

// Every rule, in id order.
const std::vector<CheckRule> &checkRules();
const CheckRule *findCheckRule(const QString &id);
// A rule's title in the program's language (CheckRule::title is the English source).
QString checkRuleTitle(const CheckRule &rule);

// Runs every rule not silenced by the diagram's CheckSettings::ignore. Findings come in rule
// order, then in node or measure order, so the output is stable.
std::vector<Finding> runChecks(const Diagram &diagram);

} // namespace kdd
