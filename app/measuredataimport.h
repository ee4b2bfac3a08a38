#pragma once

#include "model/measure.h"
#include "model/measurecsv.h"

#include <QString>
#include <QStringList>

class QDockWidget;
class QWidget;

namespace kdd {

class Document;
class MainWindow;
class MeasureDataView;

// What importing a CSV of measure data into a document did: the counts, or the located
// problems (then the document is unchanged).
struct MeasureDataImport
{
    DataMerge merge;
    QStringList problems;

    bool ok() const { return problems.isEmpty(); }
};

// Reads `path` and merges (or, with Replace, puts) its points into measure `id` of `document` as
// one undo step, "Import data into “Rate”".
MeasureDataImport importMeasureDataFile(Document &document, const MeasureId &id,
                                        const QString &path, ImportMode mode);

// File ▸ Import Measure Data…: asks for the measure, the file and merge or replace, then imports,
// showing the problems in a message box or the result in the status bar.
void importMeasureData(MainWindow *window);

// The Measure Data dock of `window`, following the Measures dock and reporting in the status bar.
QDockWidget *createMeasureDataDock(MainWindow *window, MeasureDataView **view);

} // namespace kdd
