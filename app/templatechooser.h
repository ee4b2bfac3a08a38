#pragma once

#include <QDialog>
#include <QImage>
#include <QString>

#include <functional>
#include <vector>

class QListWidget;

namespace kdd {

// File ▸ New from Template: the bundled example diagrams, each with its title, a one-line
// description and a thumbnail of the diagram, so a team picks a starting point by what it is
// rather than by a file name.
class TemplateChooser : public QDialog
{
    Q_OBJECT

public:
    // One template as the chooser shows it.
    struct Template
    {
        QString path;
        QString title;       // the diagram's title, else the file's name
        QString description; // the global aim's text (else the first aim's), on one line
        QImage thumbnail;    // the whole diagram drawn by the exporters' renderer
    };

    // The .kdd files of `directory` by name; files that do not load are left out.
    static std::vector<Template> templates(const QString &directory, QSize thumbnailSize);

    explicit TemplateChooser(const QString &directory, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // The file of the selected template, empty if none.
    QString chosenPath() const;

    // Asks which template to open; the file, or empty to cancel. Tests replace it, as they do
    // MainWindow::askToSave.
    static std::function<QString(QWidget *parent, const QString &directory)> ask;

private:
    QListWidget *m_list;
};

} // namespace kdd
