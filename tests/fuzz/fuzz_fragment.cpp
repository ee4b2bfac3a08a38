// libFuzzer target: any bytes on the clipboard pasted into a diagram either paste (as one undo
// step that undoes back to the exact file) or paste nothing — never a crash or a broken diagram.
#include "model/document.h"
#include "model/fragment.h"
#include "model/kddfile.h"

#include <cstdint>
#include <cstdlib>

namespace {

kdd::Diagram target()
{
    kdd::Diagram d;
    kdd::Node aim;
    aim.id = QStringLiteral("aim");
    aim.kind = kdd::NodeKind::Aim;
    aim.text = QStringLiteral("Aim");
    d.insertNode(aim);
    kdd::Node p1;
    p1.id = QStringLiteral("p1");
    p1.text = QStringLiteral("Driver");
    d.insertNode(p1);
    d.addLink({aim.id, p1.id, kdd::LinkStrength::Strong, {}});
    return d;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    kdd::Document document(target());
    const QByteArray before = kdd::writeDiagram(document.diagram());
    const QString anchor = size % 2 ? QStringLiteral("p1") : QStringLiteral("aim");
    const std::vector<kdd::NodeId> pasted = kdd::pasteFragment(document, bytes, anchor);
    const QByteArray after = kdd::writeDiagram(document.diagram());
    if (!kdd::readDiagram(after, QStringLiteral("pasted.kdd")).ok())
        std::abort(); // whatever was pasted, the diagram must still be a valid file
    if (pasted.empty() != (after == before))
        std::abort(); // pasted boxes and a changed diagram go together
    if (!pasted.empty()) {
        document.undoStack()->undo();
        if (kdd::writeDiagram(document.diagram()) != before)
            std::abort(); // one undo step takes the whole paste back
    }
    return 0;
}
