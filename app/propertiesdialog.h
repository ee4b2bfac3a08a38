#pragma once

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace kdd {

class CharterPage;
class Document;

// Document ▸ Properties: title, team, leaders, revision and date, population, equity
// statement, the practices the project commits to, the language of its own words, the column
// titles and the charter (its own tab) — applied as one undo step.
class PropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    PropertiesDialog(Document *document, QWidget *parent = nullptr);

    // Pushes the edit (called on OK).
    void apply();

private:
    Document *m_document;
    QLineEdit *m_title;
    QLineEdit *m_team;
    QLineEdit *m_leaders;
    QLineEdit *m_revision;
    QLineEdit *m_revisionDate;
    QPlainTextEdit *m_population;
    QPlainTextEdit *m_equity;
    QComboBox *m_language; // meta.language: "" (the program's), "en", "es", "fr"
    std::vector<QCheckBox *> m_practices;
    std::vector<QLineEdit *> m_columns; // aim, 1, 2, 3, change
    CharterPage *m_charter;
    // What each field showed when the dialog opened: only fields that differ are applied, so
    // OK without edits never rewrites a value (padding, order, a comma inside a name).
    QStringList m_shown;
    std::vector<bool> m_practicesShown;
    QStringList currentValues() const;
};

} // namespace kdd
