#include "exportdialog.h"

#include "model/document.h"
#include "render/exporter.h"
#include "render/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace kdd {

ExportDialog::ExportDialog(Document *document, QWidget *parent) : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Export"));
    auto *form = new QFormLayout(this);
    m_format = new QComboBox;
    for (const auto &e : exporters())
        m_format->addItem(QStringLiteral("%1 (.%2)").arg(e->description(), e->format()), e->format());
    m_theme = new QComboBox;
    m_theme->addItems(Theme::names());
    m_page = new QComboBox;
    m_page->addItem(tr("Fit the diagram"), QStringLiteral("fit"));
    m_page->addItem(tr("A4 landscape"), QStringLiteral("a4"));
    m_page->addItem(tr("Letter landscape"), QStringLiteral("letter"));
    m_dpi = new QSpinBox;
    m_dpi->setRange(24, 1200);
    m_dpi->setValue(192);
    m_dpi->setSuffix(tr(" dpi"));
    m_order = new QComboBox;
    m_order->addItem(tr("As in the document"), QString());
    m_order->addItem(tr("Keep my order"), QStringLiteral("keep"));
    m_order->addItem(tr("Tidy (fewer crossings)"), QStringLiteral("tidy"));
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Theme"), m_theme);
    form->addRow(tr("PDF page"), m_page);
    form->addRow(tr("PNG resolution"), m_dpi);
    form->addRow(tr("Order"), m_order);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] {
        const QString format = m_format->currentData().toString();
        m_page->setEnabled(format == QStringLiteral("pdf"));
        m_dpi->setEnabled(format == QStringLiteral("png"));
        const bool graphical = findExporter(format)->isGraphical();
        m_theme->setEnabled(graphical);
        m_order->setEnabled(graphical);
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, update);
    update();
}

void ExportDialog::exportNow()
{
    const QString format = m_format->currentData().toString();
    const QString base = m_document->filePath().isEmpty()
        ? QStringLiteral("diagram")
        : QFileInfo(m_document->filePath()).path() + QLatin1Char('/') + QFileInfo(m_document->filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), base + QLatin1Char('.') + format,
                                                tr("*.%1").arg(format));
    if (path.isEmpty())
        return;
    ExportOptions options;
    options.theme = m_theme->currentText();
    options.page = m_page->currentData().toString();
    options.dpi = m_dpi->value();
    const QString order = m_order->currentData().toString();
    if (order == QStringLiteral("keep"))
        options.order = LayoutSettings::Order::Keep;
    else if (order == QStringLiteral("tidy"))
        options.order = LayoutSettings::Order::Tidy;
    QString error;
    if (!kdd::exportDiagram(m_document->diagram(), format, options, path, &error)) {
        QMessageBox::critical(this, tr("Cannot export"), error);
        return;
    }
    accept();
}

} // namespace kdd
