#pragma once

#include <QDialog>
#include <QString>

#include <utility>
#include <vector>

namespace kdd {

// Help ▸ About KeyDriver: the icon, name, version and purpose of the program, its licence
// status, and the libraries it is built on with their versions.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The text shown, as rich text (tests read it).
    QString text() const { return m_text; }

    // The versions of the libraries the program runs with, as (name, version) rows.
    static std::vector<std::pair<QString, QString>> credits();

private:
    QString m_text;
};

} // namespace kdd
