#include "chartsview.h"

#include "selection.h"

#include "model/atomicfile.h"
#include "model/document.h"
#include "render/chartexport.h"
#include "render/chartpainter.h"
#include "render/qpaintertarget.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace kdd {

ChartCanvas::ChartCanvas(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::NoFocus);
}

void ChartCanvas::setChart(const MeasureChart &chart)
{
    m_chart = chart;
    m_picture = QPixmap();
    setAccessibleName(ChartPainter::title(chart));
    setAccessibleDescription(ChartPainter::description(chart));
    update();
}

void ChartCanvas::paintEvent(QPaintEvent *)
{
    const qreal scale = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * scale).toSize();
    if (m_picture.size() != pixels || !qFuzzyCompare(m_picture.devicePixelRatio(), scale)) {
        m_picture = QPixmap(pixels);
        m_picture.setDevicePixelRatio(scale);
        QPainter painter(&m_picture);
        paintChart(painter);
    }
    QPainter(this).drawPixmap(0, 0, m_picture);
}

void ChartCanvas::paintChart(QPainter &painter) const
{
    const Theme theme = Theme::standard();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.fillRect(rect(), theme.background);
    if (m_chart.measure.isEmpty()) {
        painter.setPen(theme.detailText);
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No measure to chart: add a measure in the Measures dock, or select "
                            "a box that has one."));
        return;
    }
    QPainterTarget target(painter);
    ChartPainter(theme).paint(m_chart, size(), target);
}

std::function<QString(QWidget *, const QString &)> ChartsView::chooseExportPath =
    [](QWidget *parent, const QString &suggested) {
        return QFileDialog::getSaveFileName(
            parent, ChartsView::tr("Export Chart"), suggested,
            ChartsView::tr("SVG image (*.svg);;PDF document (*.pdf);;PNG image (*.png);;"
                           "CSV table (*.csv)"));
    };

ChartsView::ChartsView(Document *document, Selection *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_measureBox(new QComboBox),
      m_typeBox(new QComboBox), m_viewBox(new QComboBox),
      m_export(new QPushButton(tr("Export Chart…"))), m_canvas(new ChartCanvas)
{
    m_measureBox->setAccessibleName(tr("Measure"));
    m_typeBox->setAccessibleName(tr("Chart type"));
    m_typeBox->addItem(tr("Automatic"), QString());
    m_typeBox->addItem(tr("Run chart"), QStringLiteral("run"));
    m_typeBox->addItem(tr("I chart"), QStringLiteral("i"));
    m_typeBox->addItem(tr("P chart"), QStringLiteral("p"));
    m_typeBox->addItem(tr("U chart"), QStringLiteral("u"));
    m_viewBox->setAccessibleName(tr("View"));
    m_viewBox->addItem(tr("All"), static_cast<int>(ChartView::Total));
    m_viewBox->addItem(tr("By stratum"), static_cast<int>(ChartView::ByStratum));
    m_viewBox->addItem(tr("Gap"), static_cast<int>(ChartView::Gap));
    m_export->setToolTip(tr("Save this chart as SVG, PDF, PNG or CSV"));

    // Two rows, and combos that may shrink below their texts, so the dock stays as narrow as
    // the others it shares a column with.
    for (QComboBox *box : {m_measureBox, m_typeBox, m_viewBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_measureBox ? 8 : 4);
    }
    auto *controls = new QGridLayout;
    controls->addWidget(m_measureBox, 0, 0, 1, 2);
    controls->addWidget(m_export, 0, 2);
    controls->addWidget(m_typeBox, 1, 0);
    controls->addWidget(m_viewBox, 1, 1, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_canvas, 1);

    connect(m_measureBox, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (!m_filling)
            showMeasure(m_measureBox->currentData().toString());
    });
    connect(m_typeBox, qOverload<int>(&QComboBox::currentIndexChanged), this, &ChartsView::redraw);
    connect(m_viewBox, qOverload<int>(&QComboBox::currentIndexChanged), this, &ChartsView::redraw);
    connect(m_export, &QPushButton::clicked, this, &ChartsView::exportChart);
    connect(selection, &Selection::changed, this, &ChartsView::followSelection);
    connect(document, &Document::changed, this, [this](const DocumentChange &change) {
        using C = DocumentChange;
        // Node changes move PDSA markers (cycles, line of sight); measures change the data.
        if (!change.has(C::Measures | C::NodesAdded | C::NodesRemoved | C::NodesChanged | C::Links))
            return;
        if (change.has(C::Measures))
            refillMeasures();
        redraw();
    });
    refillMeasures();
    followSelection();
    redraw();
}

void ChartsView::refillMeasures()
{
    const Diagram &diagram = m_document->diagram();
    m_filling = true;
    m_measureBox->clear();
    for (const Measure &m : diagram.measures())
        m_measureBox->addItem(m.name.isEmpty() ? m.id : m.name, m.id);
    if (!diagram.measure(m_measure))
        m_measure = diagram.measures().empty() ? MeasureId() : diagram.measures().front().id;
    m_measureBox->setCurrentIndex(m_measureBox->findData(m_measure));
    m_filling = false;
}

void ChartsView::followSelection()
{
    // Keep the measure shown while it measures a selected box; else the current box's first.
    const Diagram &diagram = m_document->diagram();
    if (const Measure *shown = diagram.measure(m_measure)) {
        for (const NodeId &id : m_selection->selected())
            if (shown->nodes.contains(id))
                return;
    }
    const NodeId current = m_selection->current();
    if (current.isEmpty())
        return;
    for (const Measure &m : diagram.measures()) {
        if (m.nodes.contains(current)) {
            showMeasure(m.id);
            return;
        }
    }
}

void ChartsView::showMeasure(const MeasureId &id)
{
    if (id == m_measure && m_measureBox->currentData().toString() == id)
        return;
    if (!m_document->diagram().measure(id))
        return;
    m_measure = id;
    m_filling = true;
    m_measureBox->setCurrentIndex(m_measureBox->findData(id));
    m_filling = false;
    redraw();
}

void ChartsView::redraw()
{
    const Diagram &diagram = m_document->diagram();
    const Measure *measure = diagram.measure(m_measure);
    m_export->setEnabled(measure && measure->hasData());
    if (!measure) {
        m_canvas->setChart(MeasureChart());
        return;
    }
    ChartRequest request;
    spc::ChartType type = spc::ChartType::Run;
    if (spc::parseChartType(m_typeBox->currentData().toString(), type))
        request.type = type;
    request.view = static_cast<ChartView>(m_viewBox->currentData().toInt());
    m_canvas->setChart(chartMeasure(diagram, *measure, request));
}

bool ChartsView::exportTo(const QString &path, QString *error) const
{
    ChartFormat format = ChartFormat::Csv;
    if (!parseChartFormat(QFileInfo(path).suffix(), format)) {
        if (error)
            *error = tr("Name a .svg, .pdf, .png or .csv file.");
        return false;
    }
    QByteArray bytes;
    if (!writeChart(chart(), format, ChartFileOptions(), bytes, error))
        return false;
    return writeFileAtomically(path, bytes, error);
}

void ChartsView::exportChart()
{
    const MeasureChart &shown = chart();
    if (shown.measure.isEmpty())
        return;
    QString suggested = shown.measure + QStringLiteral(".svg");
    const QString documentPath = m_document->filePath();
    if (!documentPath.isEmpty())
        suggested = QFileInfo(documentPath)
                        .dir()
                        .filePath(QFileInfo(documentPath).completeBaseName() + QLatin1Char('-')
                                  + suggested);
    const QString path = chooseExportPath(this, suggested);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Chart"),
                             tr("Could not write %1: %2").arg(QFileInfo(path).fileName(), error));
}

} // namespace kdd
