#pragma once

#include <QString>

namespace kdd {

struct EditorRequest;

// Opens the editor for `request` and runs it until the last window closes; `language` is the
// --lang tag ("" when not given). A build without the editor (KEYDRIVER_EDITOR=OFF) links a
// version that explains there is none.
int runEditor(int argc, char *argv[], const EditorRequest &request, const QString &language);

} // namespace kdd
