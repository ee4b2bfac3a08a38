#pragma once

#include "render/exportoptions.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace kdd {

class Document;

// Chooses a format (from the exporter registry) and the options that apply to it — theme, PDF
// page and orientation, PNG resolution and background, order, measurement plan, CSV contents — then
// a file, and exports: the same exporters and typed options as `keydriver export`.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Document *document, QWidget *parent = nullptr);

    // Starts with `name` chosen (the theme on screen) instead of the standard theme.
    void setThemeName(const QString &name);

    // The format and options the widgets show (what exportNow() writes).
    ExportFormat format() const;
    ExportOptions options() const;

private:
    void exportNow();
    void updateEnabled();

    Document *m_document;
    QComboBox *m_format;
    QComboBox *m_theme;
    QComboBox *m_page;
    QComboBox *m_orientation;
    QSpinBox *m_dpi;
    QComboBox *m_background;
    QComboBox *m_order;
    QComboBox *m_measures;
    QComboBox *m_what;
};

} // namespace kdd
