#pragma once

#include "model/measure.h"

#include <QWidget>

#include <functional>
#include <optional>

class QTableWidget;
class QToolButton;

namespace kdd {

class Document;

// The phases of one measure, under its data table: each a start period and a label, from which
// the charts compute the centre and limits afresh (a change was adopted, the process is expected
// to differ). Adding, editing and removing a phase are one undo step each; a start that is not a
// period, or that another phase already has, is refused with a message and changes nothing.
class PhasesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PhasesEditor(Document *document, QWidget *parent = nullptr);

    void setMeasure(const MeasureId &id);
    QTableWidget *table() const { return m_table; }
    // Where New Phase starts a phase: the data row the user is on, else the last period.
    std::function<QString()> suggestedStart;

    // `start` as a person writes a period ("2025-7", "Jul 2025"); false, with the reason in
    // `error`, when it is not one or a phase already starts there.
    bool addPhase(const QString &start, const QString &label, QString *error);
    bool setStart(int row, const QString &text, QString *error);
    void setLabel(int row, const QString &text);
    void removePhase(int row);
    // New Phase: a phase at suggestedStart(), its label open for typing.
    void newPhase();

signals:
    void refused(const QString &message);

private:
    const Measure *current() const;
    // `text` as a period no phase but the one at `except` starts at; else nothing, and why.
    std::optional<QString> freeStart(const QString &text, int except, QString *error) const;
    void refresh();
    void refreshLater();
    // The measure with `phases`, sorted, as one undo step.
    void commit(std::vector<MeasurePhase> phases);

    Document *m_document;
    MeasureId m_measureId;
    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    bool m_refreshing = false;
};

} // namespace kdd
