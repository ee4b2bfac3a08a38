#include "checkresults.h"

#include "model/document.h"

namespace kdd {

CheckResults::CheckResults(Document *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    connect(document, &Document::changed, this, [this](const DocumentChange &change) {
        if (!change.only(DocumentChange::LayoutOptions)) // the layout choice is no check's business
            run();
    });
    run();
}

void CheckResults::run()
{
    m_findings = runChecks(m_document->diagram());
    m_errors = m_warnings = m_notes = 0;
    for (const Finding &f : m_findings) {
        if (f.severity == Severity::Error)
            ++m_errors;
        else if (f.severity == Severity::Warning)
            ++m_warnings;
        else
            ++m_notes;
    }
    emit updated();
}

} // namespace kdd
