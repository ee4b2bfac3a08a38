#include "measuredataedits.h"

#include "document.h"
#include "undocommands.h"

namespace kdd::edit {

bool setMeasureData(Document &document, const Measure &after, const QString &undoText)
{
    const Measure *before = document.diagram().measure(after.id);
    if (!before || *before == after)
        return false;
    auto *command = new SetMeasureCommand(&document, *before, after);
    command->setText(undoText);
    document.push(command);
    return true;
}

} // namespace kdd::edit
