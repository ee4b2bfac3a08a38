// The editor's entry in a command-line-only build (KEYDRIVER_EDITOR=OFF): there is no editor to
// open, so say what this build can do instead.
#include "cli.h"
#include "editorentry.h"

#include <cstdio>

namespace kdd {

int runEditor(int, char *[], const EditorRequest &, const QString &)
{
    std::fprintf(stderr,
                 "keydriver: this build has no editor (built with KEYDRIVER_EDITOR=OFF); use "
                 "'keydriver check', 'export', 'import' or 'diff' (see keydriver --help)\n");
    return ExitFailure;
}

} // namespace kdd
