#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace kdd {

class Document;

// Chooses a format (from the exporter registry), theme, page, resolution and order, then a file,
// and exports: the same exporters as `keydriver export`.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Document *document, QWidget *parent = nullptr);

private:
    void exportNow();

    Document *m_document;
    QComboBox *m_format;
    QComboBox *m_theme;
    QComboBox *m_page;
    QSpinBox *m_dpi;
    QComboBox *m_order;
};

} // namespace kdd
