#pragma once

#include <QString>

// Heuristics that read the words of a box. They understand English wording and digits in any
// script; for other languages they may miss a number or a date, which is why the checks that use
// them are warnings, not errors.
namespace kdd {

// Says how much: a digit, a percentage or a number word — not counting digits that are part of
// a date or a year ("by June 30, 2027" alone does not say how much).
bool mentionsQuantity(const QString &text);
// Says by when: a year, a date, a month, "within 6 months", "by the end of Q2", …
bool mentionsTimeFrame(const QString &text);
// Starts with a verb that makes it an action ("Implement…", "Hold weekly…"): such a box is a
// change idea, not a driver.
bool startsWithActionVerb(const QString &text);

} // namespace kdd
