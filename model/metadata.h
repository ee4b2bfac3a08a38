#pragma once

#include "charter.h"
#include "extras.h"
#include "kinds.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace kdd {

// The document's `meta` block: who owns the theory, which revision it is, for whom it is meant.
struct Metadata
{
    QString team;
    QStringList leaders;
    QString revision;
    QString revisionDate; // "YYYY-MM-DD" by convention; kept as written, checked by KDD119
    QString population;
    QString equityStatement;
    // The language the diagram's own words are in (a BCP 47 tag such as "es" or "fr-CA"): the
    // column headers, the key and the charter's headings are written in it. Empty: the
    // program's language.
    QString language;
    // The equity practices the team commits to for the whole project (checked by the lens).
    std::vector<Practice> practices;
    Charter charter; // written as the `charter` member, only when it holds something
    Extras extras;

    friend bool operator==(const Metadata &a, const Metadata &b)
    {
        return a.team == b.team && a.leaders == b.leaders && a.revision == b.revision
            && a.revisionDate == b.revisionDate && a.population == b.population
            && a.equityStatement == b.equityStatement && a.language == b.language
            && a.practices == b.practices && a.charter == b.charter && a.extras == b.extras;
    }
    friend bool operator!=(const Metadata &a, const Metadata &b) { return !(a == b); }
};

// The column titles a document chooses ("Key drivers", "Interventions" …); empty means default.
struct ColumnTitles
{
    QString aim;
    QString level1;
    QString level2;
    QString level3;
    QString change;
    Extras extras;

    // The title to show for a column (0-4), falling back to the standard wording in `language`
    // (a document's meta.language; "" = the program's): a document's own titles are never
    // translated.
    QString titleFor(int column, const QString &language = QString()) const;
    static QString defaultTitle(int column, const QString &language = QString());

    friend bool operator==(const ColumnTitles &a, const ColumnTitles &b)
    {
        return a.aim == b.aim && a.level1 == b.level1 && a.level2 == b.level2
            && a.level3 == b.level3 && a.change == b.change && a.extras == b.extras;
    }
    friend bool operator!=(const ColumnTitles &a, const ColumnTitles &b) { return !(a == b); }
};

// The document's own settings for the good-practice checks (`checks` block).
struct CheckSettings
{
    static constexpr int DefaultMinPrimaryDrivers = 2;
    static constexpr int DefaultMaxPrimaryDrivers = 5;

    int minPrimaryDrivers = DefaultMinPrimaryDrivers;
    int maxPrimaryDrivers = DefaultMaxPrimaryDrivers;
    QStringList ignore; // rule ids the team has chosen to silence, e.g. "KDD111"
    Extras extras;

    bool isDefault() const
    {
        return minPrimaryDrivers == DefaultMinPrimaryDrivers
            && maxPrimaryDrivers == DefaultMaxPrimaryDrivers && ignore.isEmpty()
            && extras.isEmpty();
    }

    friend bool operator==(const CheckSettings &a, const CheckSettings &b)
    {
        return a.minPrimaryDrivers == b.minPrimaryDrivers
            && a.maxPrimaryDrivers == b.maxPrimaryDrivers && a.ignore == b.ignore
            && a.extras == b.extras;
    }
    friend bool operator!=(const CheckSettings &a, const CheckSettings &b) { return !(a == b); }
};

// How the document wants to be laid out (`layout` block).
struct LayoutSettings
{
    // keep: the order of `nodes` decides the vertical order in each column (nothing moves when a
    // box is added); tidy: the layout reorders each column to reduce crossing links.
    enum class Order { Keep, Tidy };
    // brackets: elbow connectors, a trunk per parent in the gap between columns; curves: splines
    // as Graphviz routes them; straight: one straight line from box to box.
    enum class Links { Brackets, Curves, Straight };
    // separate: one box per change idea; stacked: the ideas whose only parent is one driver drawn
    // as the rows of one card, with one connector.
    enum class Ideas { Separate, Stacked };

    Order order = Order::Keep;
    Links links = Links::Brackets;
    Ideas ideas = Ideas::Separate;
    Extras extras;

    bool isDefault() const
    {
        return order == Order::Keep && links == Links::Brackets && ideas == Ideas::Separate
            && extras.isEmpty();
    }

    friend bool operator==(const LayoutSettings &a, const LayoutSettings &b)
    {
        return a.order == b.order && a.links == b.links && a.ideas == b.ideas
            && a.extras == b.extras;
    }
    friend bool operator!=(const LayoutSettings &a, const LayoutSettings &b) { return !(a == b); }
};

} // namespace kdd
