// Orthogonal ("bracket") and straight connectors between placed columns, with track assignment
// in the gaps so that no two parents' trunks share a line.
#include "linkrouter.h"

#include <algorithm>
#include <functional>
#include <map>
#include <queue>

namespace kdd {
namespace {

constexpr qreal Clearance = 4;    // kept free around a box by a passing line
constexpr qreal TrackMargin = 14; // between a column's edge and the nearest track
constexpr qreal TrackSpacing = 9; // between neighbouring tracks
constexpr qreal PortSpacing = 6;  // between the ends of shared links on one side of a box

// A vertical piece of a link in a gap, waiting for its track.
struct Vertical
{
    int gap;
    qreal top;
    qreal bottom;
    bool trunk; // a parent's trunk (shared by its home links) rather than one link's own piece
    int track = 0;
};

// One link's route before x is known: which verticals it uses, at which heights it runs.
struct Route
{
    enum class Kind { Straight, SameColumn, Bracket } kind = Kind::Straight;
    qreal startY = 0;
    qreal endY = 0;
    int firstVertical = -1; // in the gap after the `from` column
    int lastVertical = -1;  // in the gap before the `to` column, when a gutter is used
    qreal gutterY = 0;
};

// The boxes of a range of columns as sorted, merged occupied intervals (with clearance).
class Occupancy
{
public:
    Occupancy(const RoutingInput &in, int firstColumn, int lastColumn)
    {
        std::vector<std::pair<qreal, qreal>> all;
        for (std::size_t i = 0; i < in.rects.size(); ++i) {
            if (in.columns[i] >= firstColumn && in.columns[i] <= lastColumn)
                all.emplace_back(in.rects[i].top() - Clearance, in.rects[i].bottom() + Clearance);
        }
        std::sort(all.begin(), all.end());
        for (const auto &interval : all) {
            if (!m_merged.empty() && interval.first <= m_merged.back().second)
                m_merged.back().second = std::max(m_merged.back().second, interval.second);
            else
                m_merged.push_back(interval);
        }
    }
    // `y` if a horizontal line there meets no box, otherwise the nearest height that does not.
    qreal nearestFree(qreal y) const
    {
        auto it = std::upper_bound(m_merged.begin(), m_merged.end(), y,
                                   [](qreal v, const auto &iv) { return v < iv.first; });
        if (it == m_merged.begin())
            return y;
        --it;
        if (y >= it->second)
            return y;
        const qreal above = it->first - 1;
        const qreal below = it->second + 1;
        return y - above <= below - y ? above : below;
    }

private:
    std::vector<std::pair<qreal, qreal>> m_merged;
};

// Offsets from a side's middle for the shared links that end there: 0 stays for the trunk.
qreal portOffset(int k, qreal height)
{
    const qreal step = PortSpacing * static_cast<qreal>(k / 2 + 1);
    const qreal limit = std::max<qreal>(0, height / 2 - 3);
    return std::min(step, limit) * (k % 2 == 0 ? 1 : -1);
}

void addSegment(std::vector<QPointF> &points, QPointF to)
{
    const QPointF from = points.back();
    if (from == to)
        return;
    points.push_back(from + (to - from) / 3);
    points.push_back(from + (to - from) * 2 / 3);
    points.push_back(to);
}

// Interval partitioning: each vertical, taken top to bottom, reuses the track that came free
// first if it is free by then, or opens a new one (from `firstTrack`). Uses the fewest tracks
// possible, in O(n log n). Returns the number of the first unused track.
int assignTracks(std::vector<Vertical *> &verticals, int firstTrack)
{
    std::sort(verticals.begin(), verticals.end(),
              [](const Vertical *a, const Vertical *b) { return a->top < b->top; });
    using End = std::pair<qreal, int>; // where a track's last vertical ends, the track
    std::priority_queue<End, std::vector<End>, std::greater<End>> ends;
    int tracks = 0;
    for (Vertical *v : verticals) {
        int track = tracks;
        if (!ends.empty() && ends.top().first < v->top - 1) {
            track = ends.top().second;
            ends.pop();
        } else {
            ++tracks;
        }
        ends.push({v->bottom, track});
        v->track = firstTrack + track;
    }
    return firstTrack + tracks;
}

} // namespace

RoutingResult routeLinks(const RoutingInput &in)
{
    RoutingResult out;
    out.rects = in.rects;
    const int columnCount = static_cast<int>(in.columnWidths.size());
    const int gapCount = std::max(0, columnCount - 1);
    const auto rect = [&](int box) -> const QRectF & {
        return in.rects[static_cast<std::size_t>(box)];
    };
    const auto column = [&](int box) { return in.columns[static_cast<std::size_t>(box)]; };
    const bool brackets = in.style != LayoutSettings::Links::Straight;

    // Ports: shared links spread beside the middle of the sides they leave and enter.
    std::vector<int> sharedOut(in.rects.size(), 0);
    std::vector<int> sharedIn(in.rects.size(), 0);
    std::vector<Route> routes(in.links.size());
    std::vector<Vertical> verticals;
    verticals.reserve(in.links.size() * 2);
    std::map<std::pair<int, int>, int> trunkOf; // (parent, gap) -> vertical
    std::map<std::pair<int, int>, Occupancy> occupancy;
    const auto occupied = [&](int first, int last) -> const Occupancy & {
        auto it = occupancy.find({first, last});
        if (it == occupancy.end())
            it = occupancy.emplace(std::make_pair(first, last), Occupancy(in, first, last)).first;
        return it->second;
    };
    const auto addVertical = [&](int gap, qreal a, qreal b, bool trunk) {
        verticals.push_back({gap, std::min(a, b), std::max(a, b), trunk});
        return static_cast<int>(verticals.size()) - 1;
    };

    for (std::size_t i = 0; i < in.links.size(); ++i) {
        const RoutingInput::Link &link = in.links[i];
        Route &r = routes[i];
        const QRectF &a = rect(link.from);
        const QRectF &b = rect(link.to);
        if (column(link.from) == column(link.to)) {
            r.kind = Route::Kind::SameColumn;
            continue;
        }
        r.startY = a.center().y();
        r.endY = b.center().y();
        if (!brackets)
            continue;
        r.kind = Route::Kind::Bracket;
        const int gap = column(link.from);
        const bool skips = column(link.to) > column(link.from) + 1;
        bool home = link.home;
        if (home && skips && occupied(gap + 1, column(link.to) - 1).nearestFree(r.endY) != r.endY)
            home = false; // no straight corridor: it goes round like a shared link
        if (home) {
            auto [it, fresh] = trunkOf.try_emplace({link.from, gap}, 0);
            if (fresh)
                it->second = addVertical(gap, r.startY, r.endY, true);
            Vertical &trunk = verticals[static_cast<std::size_t>(it->second)];
            trunk.top = std::min(trunk.top, r.endY);
            trunk.bottom = std::max(trunk.bottom, r.endY);
            r.firstVertical = it->second;
            continue;
        }
        r.startY += portOffset(sharedOut[static_cast<std::size_t>(link.from)]++, a.height());
        r.endY += portOffset(sharedIn[static_cast<std::size_t>(link.to)]++, b.height());
        if (!skips) {
            r.firstVertical = addVertical(gap, r.startY, r.endY, false);
            continue;
        }
        r.gutterY = occupied(gap + 1, column(link.to) - 1).nearestFree(r.endY);
        r.firstVertical = addVertical(gap, r.startY, r.gutterY, false);
        if (r.gutterY != r.endY)
            r.lastVertical = addVertical(column(link.to) - 1, r.gutterY, r.endY, false);
    }

    // Tracks per gap: the trunks first (in the user's order they never overlap, so one track
    // holds them all), then every link's own pieces on tracks of their own.
    out.tracks.assign(static_cast<std::size_t>(gapCount), 0);
    for (int gap = 0; gap < gapCount; ++gap) {
        std::vector<Vertical *> trunks;
        std::vector<Vertical *> pieces;
        for (Vertical &v : verticals) {
            if (v.gap == gap)
                (v.trunk ? trunks : pieces).push_back(&v);
        }
        const int afterTrunks = assignTracks(trunks, 0);
        out.tracks[static_cast<std::size_t>(gap)] = assignTracks(pieces, std::max(afterTrunks, 1));
        if (pieces.empty())
            out.tracks[static_cast<std::size_t>(gap)] = afterTrunks;
    }

    // Columns left to right, each gap as wide as its tracks need.
    std::vector<qreal> left(static_cast<std::size_t>(columnCount), 0);
    std::vector<qreal> gapWidth(static_cast<std::size_t>(gapCount), in.minGap);
    for (int c = 0; c < columnCount; ++c) {
        if (c > 0) {
            const auto g = static_cast<std::size_t>(c - 1);
            const int tracks = out.tracks[g];
            gapWidth[g] = std::max(in.minGap, 2 * TrackMargin + (tracks - 1) * TrackSpacing);
            left[static_cast<std::size_t>(c)] = left[g] + in.columnWidths[g] + gapWidth[g];
        }
    }
    for (std::size_t i = 0; i < out.rects.size(); ++i)
        out.rects[i].moveLeft(left[static_cast<std::size_t>(in.columns[i])]);
    // Track 0 in the middle of the gap when it is alone; several spread evenly, track 0 nearest
    // the children so that the trunks line up close to the boxes they feed.
    const auto trackX = [&](const Vertical &v) {
        const auto g = static_cast<std::size_t>(v.gap);
        const qreal gapLeft = left[g] + in.columnWidths[g];
        const int tracks = out.tracks[g];
        if (tracks <= 1)
            return gapLeft + gapWidth[g] / 2;
        const qreal step = (gapWidth[g] - 2 * TrackMargin) / (tracks - 1);
        return gapLeft + gapWidth[g] - TrackMargin - v.track * step;
    };

    out.paths.resize(in.links.size());
    for (std::size_t i = 0; i < in.links.size(); ++i) {
        const RoutingInput::Link &link = in.links[i];
        const Route &r = routes[i];
        const QRectF &a = out.rects[static_cast<std::size_t>(link.from)];
        const QRectF &b = out.rects[static_cast<std::size_t>(link.to)];
        std::vector<QPointF> &points = out.paths[i];
        switch (r.kind) {
        case Route::Kind::SameColumn: {
            const bool down = a.center().y() < b.center().y();
            points = {QPointF(a.center().x(), down ? a.bottom() : a.top())};
            addSegment(points, QPointF(b.center().x(), down ? b.top() : b.bottom()));
            break;
        }
        case Route::Kind::Straight:
            points = {QPointF(a.right(), r.startY)};
            addSegment(points, QPointF(b.left(), r.endY));
            break;
        case Route::Kind::Bracket: {
            points = {QPointF(a.right(), r.startY)};
            const qreal x1 = trackX(verticals[static_cast<std::size_t>(r.firstVertical)]);
            addSegment(points, QPointF(x1, r.startY));
            if (r.lastVertical < 0) { // a trunk, or a straight corridor
                addSegment(points, QPointF(x1, r.endY));
            } else { // round the boxes in its way, along a gutter
                const qreal x2 = trackX(verticals[static_cast<std::size_t>(r.lastVertical)]);
                addSegment(points, QPointF(x1, r.gutterY));
                addSegment(points, QPointF(x2, r.gutterY));
                addSegment(points, QPointF(x2, r.endY));
            }
            addSegment(points, QPointF(b.left(), r.endY));
            break;
        }
        }
        if (points.size() < 4) // a box drawn onto itself (never in a valid diagram): a dot
            points = {points.front(), points.front(), points.front(), points.front()};
    }
    return out;
}

} // namespace kdd
