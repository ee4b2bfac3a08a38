#pragma once

#include "document.h"
#include "kddfile.h"

#include <QByteArray>
#include <QString>

#include <vector>

// Copy and paste of boxes: a selection becomes a small .kdd file (its boxes and the links among
// them), which pastes into any diagram — the same window or another — with fresh ids.
namespace kdd {

// The MIME type of a copied fragment on the clipboard.
QString fragmentMimeType();

// The boxes `ids` (in document order) and the links between them, as .kdd bytes.
QByteArray copyFragment(const Diagram &diagram, const std::vector<NodeId> &ids);

// Adds the fragment's boxes to `document` as one undo step, with new ids, keeping their kinds,
// levels, texts and the links among them. Pasted boxes with no parent among the pasted ones are
// linked from `anchor` when that link is valid. Returns the new ids (empty if `bytes` is not a
// fragment).
std::vector<NodeId> pasteFragment(Document &document, const QByteArray &bytes,
                                  const NodeId &anchor);

// Adds the boxes of an indented plain-text list (readPlainOutline) as one undo step: under
// `anchor`, starting one column to its right, or as aims when there is no anchor. On text that
// cannot be read, adds nothing and sets `error` (if given) to the first problem.
std::vector<NodeId> pastePlainText(Document &document, const QString &text, const NodeId &anchor,
                                   QString *error = nullptr);
// The boxes pastePlainText would add (a diagram of them alone, with their links), or the
// problems: for showing what a long paste will add before adding it.
LoadResult plainTextBoxes(const Diagram &diagram, const QString &text, const NodeId &anchor);

// The boxes `from` could be linked to now: valid and not linked yet, in document order.
std::vector<NodeId> linkTargets(const Diagram &diagram, const NodeId &from);
// The boxes that could be linked to `id` either way, not linked yet, in document order: first
// those that could be its parents (links into `id`), then those that could be its children.
struct LinkPartners
{
    std::vector<NodeId> parents;
    std::vector<NodeId> children;
};
LinkPartners linkPartners(const Diagram &diagram, const NodeId &id);

} // namespace kdd
