#pragma once

#include "model/checks.h"
#include "model/documentchange.h"

#include <QObject>

#include <vector>

namespace kdd {

class Document;

// The good-practice checks of one document, run once after each change that can affect them and
// shared by everything that shows them (the Checks dock, the status bar), so they all agree and
// the rules run once per change.
class CheckResults : public QObject
{
    Q_OBJECT

public:
    explicit CheckResults(Document *document, QObject *parent = nullptr);

    const std::vector<Finding> &findings() const { return m_findings; }
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    int noteCount() const { return m_notes; }

signals:
    // After each run of the checks.
    void updated();

private:
    void run();

    Document *m_document;
    std::vector<Finding> m_findings;
    int m_errors = 0;
    int m_warnings = 0;
    int m_notes = 0;
};

} // namespace kdd
