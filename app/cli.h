#pragma once

#include <QStringList>
#include <QTextStream>

namespace kdd {

struct LoadResult;

// Exit codes of the command line (documented in --help and in the README's Command line section).
enum ExitCode {
    ExitOk = 0,
    ExitCheckErrors = 1, // `check` found problems of severity error
    ExitFailure = 2,     // unreadable or invalid input, unwritable output, or bad usage
};

// Whether `arguments` (without the program name) ask for a command-line mode rather than the
// editor; decides, before any application object exists, whether a display is needed.
bool isCommandLineMode(const QStringList &arguments);

// `text` made safe to print on a terminal: control characters (C0 including newline and tab,
// DEL, C1, so also ESC and every escape sequence), line and paragraph separators and bidi
// controls are shown as \xHH or \uHHHH, so a file's texts cannot move the cursor, recolour the
// terminal, fake extra lines or reorder what is shown.
QString terminalText(const QString &text);

// Whether `a` and `b` name the same existing file, through any path, symbolic or hard link:
// an export never writes over its input.
bool sameFile(const QString &a, const QString &b);

// Prints the problems of a failed load, one per line, terminal-safe.
void printProblems(const LoadResult &result, QTextStream &err);

// What the editor is asked to do: open `files`, and with `present` (`keydriver --present FILE`)
// present the file full screen.
struct EditorRequest
{
    QStringList files;
    bool present = false;
};
// The editor's request in `arguments`, for which isCommandLineMode() is false.
EditorRequest editorRequest(const QStringList &arguments);

// Runs `keydriver <arguments>` (without the program name); results go to `out`, diagnostics to
// `err`. Never writes a partial output file.
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace kdd
