#pragma once

#include "diagram.h"
#include "problem.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

// Reading and writing .kdd files (docs/format.md). Reading never throws and never crashes on any
// bytes: every problem is reported with the file name and a line (and column for JSON syntax).
namespace kdd {

// The newest file format version this build reads and writes.
constexpr int CurrentFormatVersion = 1;
// Files larger than this are refused before parsing (a diagram of 10,000 nodes is about 3 MiB).
constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
// Deeper JSON nesting than this is refused (real files nest 4 levels; this guards the stack).
constexpr int MaxJsonDepth = 200;
// Files with more JSON values (each number, text, true/false/null, list and object counts one)
// are refused while parsing, which bounds the memory a file can make the reader take. A diagram
// of 10,000 boxes holds about 120,000 values; see docs/format.md for how this was chosen.
constexpr int MaxJsonValues = 4000000;

// Where each node and measure starts in the source file (1-based lines), for messages that point
// the user at the right place after a successful load.
struct SourceLines
{
    QHash<QString, int> nodes;
    QHash<QString, int> measures;
};

struct LoadResult
{
    std::optional<Diagram> diagram; // set only when there are no problems
    std::vector<Problem> problems;
    SourceLines lines;

    bool ok() const { return diagram.has_value(); }
    // All problems, one per line, for printing.
    QString errorText() const;
};

// Parses and validates `bytes`; `fileName` is only used in messages.
LoadResult readDiagram(const QByteArray &bytes, const QString &fileName);
// Reads the file at `path` (any size check and I/O error is a problem too).
LoadResult loadDiagram(const QString &path);
// The bytes of the ordinary file at `path`, as loadDiagram reads them (never blocking on a pipe
// or device, refusing files over MaxFileBytes); on failure, why, in words.
std::optional<QString> readInputFile(const QString &path, QByteArray &bytes);
// Why a file over MaxFileBytes is refused, in words.
QString fileTooLargeMessage();

// The canonical text of a diagram: pretty-printed UTF-8 JSON with a fixed key order, so that
// writing what was read back gives the same bytes and a one-word edit is a one-line diff.
QByteArray writeDiagram(const Diagram &diagram);
// Writes the canonical text atomically: on any failure the previous file is left untouched and
// `error` (if given) says why, naming the file.
bool saveDiagram(const Diagram &diagram, const QString &path, QString *error = nullptr);

} // namespace kdd
