// Getting measure data into the editor: File ▸ Import Measure Data… and the Measure Data dock's
// wiring to the window.
#include "measuredataimport.h"

#include "mainwindow.h"

#include "model/document.h"
#include "model/kddfile.h"
#include "model/measuredataedits.h"
#include "views/measuredataview.h"
#include "views/measuresview.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace kdd {
namespace {

// The measure, the file and merge or replace, asked before importing.
class ImportDataDialog : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(kdd::ImportDataDialog)

public:
    ImportDataDialog(const Diagram &diagram, const MeasureId &preselected, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(tr("Import Measure Data"));
        auto *form = new QFormLayout;
        m_measure = new QComboBox;
        for (const Measure &m : diagram.measures())
            m_measure->addItem(m.name.isEmpty() ? m.id : m.name, m.id);
        m_measure->setCurrentIndex(std::max(0, m_measure->findData(preselected)));
        form->addRow(tr("&Measure:"), m_measure);
        auto *fileRow = new QHBoxLayout;
        m_file = new QLineEdit;
        m_file->setPlaceholderText(tr("A CSV with the columns period and value, or period, "
                                      "numerator and denominator"));
        auto *browse = new QPushButton(tr("&Browse…"));
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path =
                QFileDialog::getOpenFileName(this, tr("Import Measure Data"), m_file->text(),
                                             tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
            if (!path.isEmpty())
                m_file->setText(path);
        });
        fileRow->addWidget(m_file, 1);
        fileRow->addWidget(browse);
        form->addRow(tr("&File:"), fileRow);
        m_merge = new QRadioButton(tr("M&erge: a period already there is replaced, new periods "
                                      "are added"));
        m_replace = new QRadioButton(tr("&Replace the measure's data with the file's"));
        m_merge->setChecked(true);
        auto *modes = new QVBoxLayout;
        modes->addWidget(m_merge);
        modes->addWidget(m_replace);
        form->addRow(tr("Data:"), modes);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        const auto update = [this, buttons] {
            buttons->button(QDialogButtonBox::Ok)
                ->setEnabled(m_measure->count() > 0 && !m_file->text().trimmed().isEmpty());
        };
        connect(m_file, &QLineEdit::textChanged, this, update);
        update();
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(buttons);
        resize(560, sizeHint().height());
    }

    MeasureId measure() const { return m_measure->currentData().toString(); }
    QString file() const { return m_file->text().trimmed(); }
    ImportMode mode() const
    {
        return m_replace->isChecked() ? ImportMode::Replace : ImportMode::Merge;
    }

private:
    QComboBox *m_measure;
    QLineEdit *m_file;
    QRadioButton *m_merge;
    QRadioButton *m_replace;
};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kdd::ImportDataDialog)
};

constexpr int ShownProblems = 20;

} // namespace

MeasureDataImport importMeasureDataFile(Document &document, const MeasureId &id,
                                        const QString &path, ImportMode mode)
{
    MeasureDataImport result;
    const Measure *measure = document.diagram().measure(id);
    if (!measure) {
        result.problems << Text::tr("there is no measure %1").arg(id);
        return result;
    }
    QByteArray bytes;
    if (const std::optional<QString> problem = readInputFile(path, bytes)) {
        result.problems << Problem{path, 0, 0, *problem}.toString();
        return result;
    }
    const MeasureTable table = readMeasureCsv(bytes, path);
    for (const Problem &p : table.problems)
        result.problems << p.toString();
    if (!table.ok())
        return result;
    result.merge = mergeMeasureData(*measure, table.points, mode);
    if (!result.merge.ok()) {
        result.problems << result.merge.error;
        return result;
    }
    const QString name = measure->name.isEmpty() ? measure->id : measure->name;
    edit::setMeasureData(document, result.merge.measure,
                         Text::tr("Import data into “%1”").arg(name));
    return result;
}

void importMeasureData(MainWindow *window)
{
    Document *document = window->document();
    if (document->diagram().measures().empty()) {
        QMessageBox::information(window, Text::tr("Import Measure Data"),
                                 Text::tr("This diagram has no measures yet. Add one in the "
                                          "Measures dock, then import its data."));
        return;
    }
    ImportDataDialog dialog(document->diagram(), window->measureData()->measure(), window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MeasureDataImport done =
        importMeasureDataFile(*document, dialog.measure(), dialog.file(), dialog.mode());
    if (!done.ok()) {
        QStringList shown = done.problems.mid(0, ShownProblems);
        if (done.problems.size() > ShownProblems)
            shown << Text::tr("… and %1 more").arg(done.problems.size() - ShownProblems);
        QMessageBox box(
            QMessageBox::Warning, Text::tr("Import Measure Data"),
            Text::tr("Nothing was imported from “%1”.").arg(QFileInfo(dialog.file()).fileName()),
            QMessageBox::Ok, window);
        box.setInformativeText(shown.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    window->measureData()->setMeasure(dialog.measure());
    const Measure *m = document->diagram().measure(dialog.measure());
    window->statusBar()->showMessage(Text::tr("%1: %2 points added, %3 replaced")
                                         .arg(m ? m->name : dialog.measure())
                                         .arg(done.merge.added)
                                         .arg(done.merge.replaced),
                                     10000);
}

QDockWidget *createMeasureDataDock(MainWindow *window, MeasureDataView **view)
{
    auto *data = new MeasureDataView(window->document(), window->selection());
    auto *dock = new QDockWidget(Text::tr("Measure Data"), window);
    dock->setObjectName(QStringLiteral("measureDataDock"));
    dock->setWidget(data);
    QObject::connect(window->measures(), &MeasuresView::currentMeasureChanged, data,
                     &MeasureDataView::setMeasure);
    QObject::connect(data, &MeasureDataView::statusMessage, window, [window](const QString &text) {
        window->statusBar()->showMessage(text, 8000);
    });
    *view = data;
    return dock;
}

} // namespace kdd
