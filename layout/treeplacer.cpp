// Vertical placement for the user's order: a layered tidy-tree pass with one running bottom
// ("cursor") per column, so placement costs no crossing minimisation and follows every edit.
#include "treeplacer.h"

#include <algorithm>

namespace kdd {
namespace {

class TreePlacer
{
public:
    explicit TreePlacer(const TreePlacementInput &input)
        : m_in(input), m_top(input.sizes.size(), 0), m_cursor(columnCount(input), 0)
    {
    }

    std::vector<qreal> run();

private:
    static std::size_t columnCount(const TreePlacementInput &input)
    {
        int most = 0;
        for (const int c : input.columns)
            most = std::max(most, c);
        return static_cast<std::size_t>(most) + 1;
    }
    int column(int box) const { return m_in.columns[static_cast<std::size_t>(box)]; }
    qreal height(int box) const { return m_in.sizes[static_cast<std::size_t>(box)].height(); }
    // The columns a link into `box` from its home parent passes through without stopping.
    std::pair<int, int> corridor(int box) const
    {
        const int parent = m_in.tree->parent(box);
        return {parent < 0 ? column(box) : column(parent) + 1, column(box)};
    }
    // The highest top `box` may have: below everything already in its column, and its link's
    // corridor below everything in the columns it passes.
    qreal lowestFree(int box) const
    {
        const auto [first, last] = corridor(box);
        qreal free = m_cursor[static_cast<std::size_t>(column(box))];
        for (int c = first; c < last; ++c) // the corridor runs at the box's centre
            free = std::max(free, m_cursor[static_cast<std::size_t>(c)] - height(box) / 2);
        return free;
    }
    void occupy(int box)
    {
        const qreal top = m_top[static_cast<std::size_t>(box)];
        qreal &own = m_cursor[static_cast<std::size_t>(column(box))];
        own = std::max(own, top + height(box) + m_in.rowGap);
        const auto [first, last] = corridor(box);
        for (int c = first; c < last; ++c) {
            qreal &passed = m_cursor[static_cast<std::size_t>(c)];
            passed = std::max(passed, top + height(box) / 2 + m_in.rowGap);
        }
    }
    void shiftBlock(int box, qreal by)
    {
        for (const int child : m_in.tree->children(box)) {
            m_top[static_cast<std::size_t>(child)] += by;
            occupy(child);
            shiftBlock(child, by);
        }
    }
    // Places the children of `box` and returns the span of their tops and bottoms.
    std::pair<qreal, qreal> placeChildren(int box)
    {
        qreal first = 0;
        qreal last = 0;
        bool any = false;
        for (const int child : m_in.tree->children(box)) {
            place(child);
            const qreal top = m_top[static_cast<std::size_t>(child)];
            first = any ? std::min(first, top) : top;
            last = any ? std::max(last, top + height(child)) : top + height(child);
            any = true;
        }
        return {first, any ? last : -1};
    }
    void place(int box)
    {
        const auto [first, last] = placeChildren(box);
        qreal top = lowestFree(box);
        if (last >= 0) {
            const qreal centred = (first + last) / 2 - height(box) / 2;
            if (centred < top)
                shiftBlock(box, top - centred); // no room beside the block: the block moves
            else
                top = centred;
        }
        m_top[static_cast<std::size_t>(box)] = top;
        occupy(box);
    }
    void separateBlocks()
    {
        for (qreal &c : m_cursor)
            c += m_in.blockGap;
    }

    const TreePlacementInput &m_in;
    std::vector<qreal> m_top;
    std::vector<qreal> m_cursor;
};

std::vector<qreal> TreePlacer::run()
{
    // The aims (roots of the first column) are placed last, stacked together and centred on
    // the drivers they head: a global aim and its SMART aim read as one group.
    std::vector<int> aims;
    qreal first = 0;
    qreal last = -1;
    for (const int root : m_in.tree->roots()) {
        if (column(root) != 0 || m_in.tree->children(root).empty()) {
            if (column(root) == 0) {
                aims.push_back(root);
                continue;
            }
            place(root);
            continue;
        }
        aims.push_back(root);
        for (const int child : m_in.tree->children(root)) {
            place(child);
            const qreal top = m_top[static_cast<std::size_t>(child)];
            first = last < 0 ? top : std::min(first, top);
            last = std::max(last, top + height(child));
            separateBlocks();
        }
    }
    qreal stack = 0;
    for (const int aim : aims)
        stack += height(aim);
    stack += m_in.rowGap * static_cast<qreal>(aims.empty() ? 0 : aims.size() - 1);
    qreal y = last < 0 ? 0 : std::max<qreal>(0, (first + last) / 2 - stack / 2);
    for (const int aim : aims) {
        m_top[static_cast<std::size_t>(aim)] = y;
        y += height(aim) + m_in.rowGap;
    }
    return m_top;
}

} // namespace

std::vector<qreal> placeTree(const TreePlacementInput &input)
{
    if (!input.tree || input.sizes.empty())
        return std::vector<qreal>(input.sizes.size(), 0);
    return TreePlacer(input).run();
}

} // namespace kdd
