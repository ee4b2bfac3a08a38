#include "exportdialog.h"

#include "model/atomicfile.h"
#include "model/document.h"
#include "model/layoutlimits.h"
#include "render/exporter.h"
#include "render/theme.h"
#include "views/layoutprogress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace kdd {
namespace {

// A combo box whose items carry enum values; the first item is the default.
template <typename T> QComboBox *choices(std::initializer_list<std::pair<QString, T>> items)
{
    auto *box = new QComboBox;
    for (const auto &[label, value] : items)
        box->addItem(label, static_cast<int>(value));
    return box;
}

template <typename T> T chosen(const QComboBox *box)
{
    return static_cast<T>(box->currentData().toInt());
}

} // namespace

ExportDialog::ExportDialog(Document *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Export"));
    auto *form = new QFormLayout(this);
    m_format = new QComboBox;
    for (const auto &e : exporters())
        m_format->addItem(QStringLiteral("%1 (.%2)").arg(e->description(), e->suffix()),
                          static_cast<int>(e->format()));
    m_theme = new QComboBox;
    m_theme->addItems(Theme::names());
    m_page = choices<ExportPage>({{tr("Fit the diagram"), ExportPage::Fit},
                                  {tr("A4"), ExportPage::A4},
                                  {tr("Letter"), ExportPage::Letter},
                                  {tr("A3"), ExportPage::A3},
                                  {tr("Slide (16:9)"), ExportPage::Slide}});
    m_orientation =
        choices<PageOrientation>({{tr("Automatic (larger type)"), PageOrientation::Auto},
                                  {tr("Portrait"), PageOrientation::Portrait},
                                  {tr("Landscape"), PageOrientation::Landscape}});
    m_dpi = new QSpinBox;
    m_dpi->setRange(MinExportDpi, MaxExportDpi);
    m_dpi->setValue(DefaultExportDpi);
    m_dpi->setSuffix(tr(" dpi"));
    m_background =
        choices<ImageBackground>({{tr("White"), ImageBackground::Opaque},
                                  {tr("Transparent (PNG)"), ImageBackground::Transparent},
                                  {tr("Dark, for dark slides"), ImageBackground::Dark}});
    // -1: no override, the document's own choice.
    m_order = new QComboBox;
    m_order->addItem(tr("As in the document"), -1);
    m_order->addItem(tr("Keep my order"), static_cast<int>(LayoutSettings::Order::Keep));
    m_order->addItem(tr("Tidy (fewer crossings)"), static_cast<int>(LayoutSettings::Order::Tidy));
    m_measures = choices<MeasuresPlacement>(
        {{tr("Not shown"), MeasuresPlacement::None},
         {tr("As a table under the diagram"), MeasuresPlacement::Table}});
    m_what = choices<ExportContent>(
        {{tr("One row per box"), ExportContent::Diagram},
         {tr("The measurement plan"), ExportContent::Measures},
         {tr("The change ideas with votes, impact and effort"), ExportContent::Ideas},
         {tr("The PDSA cycles of the change ideas"), ExportContent::Pdsa}});
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Theme"), m_theme);
    form->addRow(tr("Page (PDF, Word)"), m_page);
    form->addRow(tr("Orientation"), m_orientation);
    form->addRow(tr("PNG resolution"), m_dpi);
    form->addRow(tr("Background"), m_background);
    form->addRow(tr("Order"), m_order);
    form->addRow(tr("Measurement plan"), m_measures);
    form->addRow(tr("CSV rows"), m_what);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(m_page, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const ExportFormat format = this->format();
    const bool graphical = findExporter(format)->isGraphical();
    m_theme->setEnabled(graphical);
    m_order->setEnabled(graphical);
    // Slides leave the measurement plan out (its CSV export holds it); a charter has its own.
    m_measures->setEnabled(graphical && format != ExportFormat::Pptx
                           && format != ExportFormat::Docx);
    m_page->setEnabled(format == ExportFormat::Pdf || format == ExportFormat::Docx);
    // A page the size of the diagram has no orientation.
    m_orientation->setEnabled(format == ExportFormat::Pdf
                              && chosen<ExportPage>(m_page) != ExportPage::Fit);
    m_dpi->setEnabled(format == ExportFormat::Png);
    m_background->setEnabled(graphical);
    m_what->setEnabled(format == ExportFormat::Csv);
}

void ExportDialog::setThemeName(const QString &name)
{
    if (m_theme->findText(name) >= 0)
        m_theme->setCurrentText(name);
}

ExportFormat ExportDialog::format() const { return chosen<ExportFormat>(m_format); }

ExportOptions ExportDialog::options() const
{
    const ExportFormat format = this->format();
    ExportOptions options;
    if (const std::optional<Theme> theme = Theme::byName(m_theme->currentText()))
        options.theme = *theme;
    options.page = chosen<ExportPage>(m_page);
    options.orientation = chosen<PageOrientation>(m_orientation);
    options.dpi = m_dpi->value();
    options.background = chosen<ImageBackground>(m_background);
    if (options.background == ImageBackground::Transparent && format != ExportFormat::Png)
        options.background = ImageBackground::Opaque; // only a PNG can leave out its background
    if (m_order->currentData().toInt() >= 0)
        options.order = chosen<LayoutSettings::Order>(m_order);
    options.measures = chosen<MeasuresPlacement>(m_measures);
    // The CSV choice only means something for CSV; other formats always draw the diagram.
    if (format == ExportFormat::Csv)
        options.what = chosen<ExportContent>(m_what);
    return options;
}

void ExportDialog::exportNow()
{
    const ExportFormat format = this->format();
    const QString suffix = findExporter(format)->suffix();
    const QString base = m_document->filePath().isEmpty()
                           ? QStringLiteral("diagram")
                           : QFileInfo(m_document->filePath()).path() + QLatin1Char('/')
                                 + QFileInfo(m_document->filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), base + QLatin1Char('.') + suffix, tr("*.%1").arg(suffix));
    if (path.isEmpty())
        return;
    // A diagram that is slow to lay out is exported in a worker behind a progress dialog; the
    // file is written here, only once the export has finished (a cancelled one writes nothing).
    struct Job
    {
        Diagram diagram;
        ExportOptions options;
        QByteArray bytes;
        QString error;
        bool ok = false;
    };
    auto job = std::make_shared<Job>();
    job->diagram = m_document->diagram();
    job->options = options();
    const Exporter *exporter = findExporter(format);
    const auto work = [job, exporter] {
        job->ok = exporter->write(job->diagram, job->options, job->bytes, &job->error);
    };
    if (exporter->isGraphical() && isSlowLayout(job->diagram)) {
        if (!runWithProgress(tr("Exporting %1 boxes…").arg(job->diagram.nodes().size()), work,
                             this))
            return; // cancelled: the dialog stays open
    } else {
        work();
    }
    QString error = job->error;
    if (!job->ok || !writeFileAtomically(path, job->bytes, &error)) {
        QMessageBox::critical(this, tr("Cannot export"), error);
        return;
    }
    accept();
}

} // namespace kdd
