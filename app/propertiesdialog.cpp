#include "propertiesdialog.h"

#include "charterpage.h"

#include "model/document.h"
#include "model/editoperations.h"
#include "model/textlanguage.h"
#include "model/textlists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kdd {

PropertiesDialog::PropertiesDialog(Document *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Document Properties"));
    const Diagram &d = document->diagram();
    const Metadata &meta = d.metadata();
    auto *general = new QWidget;
    auto *form = new QFormLayout(general);
    m_title = new QLineEdit(d.title());
    m_title->setObjectName(QStringLiteral("propertiesTitle"));
    m_team = new QLineEdit(meta.team);
    m_leaders = new QLineEdit(meta.leaders.join(QStringLiteral(", ")));
    m_revision = new QLineEdit(meta.revision);
    m_revisionDate = new QLineEdit(meta.revisionDate);
    m_revisionDate->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_population = new QPlainTextEdit(meta.population);
    m_population->setFixedHeight(60);
    m_equity = new QPlainTextEdit(meta.equityStatement);
    m_equity->setFixedHeight(60);
    m_equity->setPlaceholderText(
        tr("Practice 1, establish principle: why equity, for whom, and how you will know"));
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Team"), m_team);
    form->addRow(tr("Leaders (comma-separated)"), m_leaders);
    form->addRow(tr("Revision"), m_revision);
    form->addRow(tr("Revision date"), m_revisionDate);
    form->addRow(tr("Population"), m_population);
    form->addRow(tr("Equity statement"), m_equity);
    auto *practices = new QWidget;
    auto *practiceLayout = new QVBoxLayout(practices);
    practiceLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString &word : practiceWords()) {
        const Practice p = *parsePractice(word);
        auto *box = new QCheckBox(displayName(p));
        box->setChecked(std::find(meta.practices.begin(), meta.practices.end(), p)
                        != meta.practices.end());
        m_practices.push_back(box);
        practiceLayout->addWidget(box);
    }
    form->addRow(tr("The project commits to"), practices);
    // Each language named in itself, like Preferences ▸ Language.
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("propertiesLanguage"));
    m_language->addItem(tr("Same as the program"), QString());
    for (const QString &code : TextLanguage::available())
        m_language->addItem(TextLanguage::nativeName(code), code);
    if (m_language->findData(meta.language) < 0) // a tag this program has no name for
        m_language->addItem(meta.language, meta.language);
    m_language->setCurrentIndex(m_language->findData(meta.language));
    m_language->setToolTip(tr("The language of the diagram's own words in exports and on the "
                              "canvas: default column titles, the key, the charter's headings"));
    form->addRow(tr("Document &language"), m_language);
    const ColumnTitles &columns = d.columnTitles();
    const QString *titles[] = {&columns.aim, &columns.level1, &columns.level2, &columns.level3,
                               &columns.change};
    for (int column = 0; column < 5; ++column) {
        auto *edit = new QLineEdit(*titles[column]);
        edit->setPlaceholderText(ColumnTitles::defaultTitle(column));
        m_columns.push_back(edit);
        form->addRow(tr("Column %1 title").arg(column + 1), edit);
    }
    m_shown = currentValues();
    for (QCheckBox *box : m_practices)
        m_practicesShown.push_back(box->isChecked());
    m_charter = new CharterPage(meta.charter);
    auto *tabs = new QTabWidget;
    tabs->addTab(general, tr("General"));
    tabs->addTab(m_charter, tr("Charter"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QStringList PropertiesDialog::currentValues() const
{
    QStringList values{m_title->text(),         m_team->text(),
                       m_leaders->text(),       m_revision->text(),
                       m_revisionDate->text(),  m_population->toPlainText(),
                       m_equity->toPlainText(), m_language->currentData().toString()};
    for (const QLineEdit *column : m_columns)
        values << column->text();
    return values;
}

void PropertiesDialog::apply()
{
    const Diagram &d = m_document->diagram();
    struct
    {
        QString title;
        Metadata meta;
        ColumnTitles columns;
    } info{d.title(), d.metadata(), d.columnTitles()};
    const QStringList now = currentValues();
    const auto changed = [&](int field) { return now[field] != m_shown[field]; };
    Metadata &meta = info.meta;
    if (changed(0))
        info.title = now[0];
    if (changed(1))
        meta.team = now[1].trimmed();
    if (changed(2))
        meta.leaders = splitUserList(now[2]);
    if (changed(3))
        meta.revision = now[3].trimmed();
    if (changed(4))
        meta.revisionDate = now[4].trimmed();
    if (changed(5))
        meta.population = now[5].trimmed();
    if (changed(6))
        meta.equityStatement = now[6].trimmed();
    if (changed(7))
        meta.language = now[7];
    bool practicesChanged = false;
    for (std::size_t i = 0; i < m_practices.size(); ++i)
        practicesChanged = practicesChanged || m_practices[i]->isChecked() != m_practicesShown[i];
    if (practicesChanged) {
        meta.practices.clear();
        const QStringList words = practiceWords();
        for (std::size_t i = 0; i < m_practices.size(); ++i) {
            if (m_practices[i]->isChecked())
                meta.practices.push_back(*parsePractice(words[static_cast<int>(i)]));
        }
    }
    meta.charter = m_charter->applyTo(meta.charter);
    ColumnTitles &columns = info.columns;
    QString *titles[] = {&columns.aim, &columns.level1, &columns.level2, &columns.level3,
                         &columns.change};
    for (int column = 0; column < 5; ++column) {
        if (changed(8 + column))
            *titles[column] = now[8 + column].trimmed();
    }
    edit::setDocumentInfo(*m_document, info.title, meta, columns); // no step if nothing changed
}

} // namespace kdd
