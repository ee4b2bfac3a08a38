#pragma once

#include "model/node.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kdd {

class Document;
class Selection;

// Shows and edits the current box — text, notes, kind and level, aim role, change-idea status,
// reliability, owner, practices — and the strength of the selected link. Every change is one
// undo command (typing in a field is applied when the field loses focus or on Ctrl+Enter).
// With several boxes selected it sets the status and owner of the change ideas among them and
// the practices of all, each change one undo step for all; differing values show as mixed.
class Inspector : public QWidget
{
    Q_OBJECT

public:
    Inspector(Document *document, Selection *selection, QWidget *parent = nullptr);

    // Applies what is being typed in a field now (before saving or closing).
    void commit() { apply(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The fields the user has changed since the last refresh; apply() writes only these, so a
    // commit never rewrites what the user did not touch.
    enum Field {
        TextField = 1 << 0,
        NotesField = 1 << 1,
        KindField = 1 << 2,
        RoleField = 1 << 3,
        StatusField = 1 << 4,
        ReliabilityField = 1 << 5,
        OwnerField = 1 << 6,
        PartnersField = 1 << 7,
        PracticesField = 1 << 8,
    };
    void touched(int field);

    void refresh();
    // The form for several selected boxes (m_multi): shared values shown, mixed ones marked.
    void refreshMulti(const std::vector<const Node *> &nodes);
    void apply();
    // Sets one field (StatusField, OwnerField or PracticesField; `practice` is the check box's
    // index) on every selected box it applies to, in one undo step.
    void applyMulti(Field field, int practice = -1);
    void applyLinkStrength();

    Document *m_document;
    Selection *m_selection;
    bool m_refreshing = false;
    int m_dirty = 0;
    NodeId m_shown;
    QStringList m_multi; // the boxes the form edits together, when several are selected

    QLabel *m_heading;
    QWidget *m_nodeForm;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_notes;
    QComboBox *m_kind; // aim, primary, secondary, tertiary driver, change idea
    QComboBox *m_role;
    QComboBox *m_status;
    QComboBox *m_reliability;
    QLineEdit *m_owner;
    QLineEdit *m_partners;
    QLabel *m_votes; // votes and PICK quadrant, read only
    std::vector<QCheckBox *> m_practices;
    QWidget *m_linkForm;
    QLabel *m_linkLabel;
    QComboBox *m_strength;
};

} // namespace kdd
