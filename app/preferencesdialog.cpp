#include "preferencesdialog.h"

#include "mainwindow.h"
#include "recovery.h"

#include "model/textlanguage.h"
#include "render/theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace kdd {
namespace {

void applyAutosave(MainWindow *window, int minutes)
{
    Recovery::Intervals intervals = window->recovery()->intervals();
    intervals.copyMs = minutes * 60 * 1000;
    window->recovery()->setIntervals(intervals);
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("preferencesTheme"));
    m_theme->addItems(Theme::names());
    m_theme->setToolTip(tr("How the canvas looks, and the theme exports start with"));

    m_links = new QComboBox;
    m_links->setObjectName(QStringLiteral("preferencesLinks"));
    m_links->addItem(tr("Brackets"), static_cast<int>(LayoutSettings::Links::Brackets));
    m_links->addItem(tr("Curves"), static_cast<int>(LayoutSettings::Links::Curves));
    m_links->addItem(tr("Straight"), static_cast<int>(LayoutSettings::Links::Straight));
    m_links->setToolTip(tr("Open documents keep their own style (View ▸ Links changes it)"));

    m_textSize = new QDoubleSpinBox;
    m_textSize->setObjectName(QStringLiteral("preferencesTextSize"));
    m_textSize->setRange(LayoutSettings::MinTextSize, LayoutSettings::MaxTextSize);
    m_textSize->setSingleStep(1);
    m_textSize->setDecimals(1);
    m_textSize->setSuffix(tr(" pt"));
    m_textSize->setToolTip(tr("Open documents keep their own size (View ▸ Text Size changes it)"));

    m_autosave = new QSpinBox;
    m_autosave->setObjectName(QStringLiteral("preferencesAutosave"));
    m_autosave->setRange(Preferences::MinAutosaveMinutes, Preferences::MaxAutosaveMinutes);
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setToolTip(tr("Unsaved work is copied for recovery at least this often, and "
                              "shortly after boxes or links are added or removed"));

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    // Each language is named in itself, so it can be found whatever the current one is.
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : TextLanguage::available())
        m_language->addItem(TextLanguage::nativeName(code), code);
    auto *restart = new QLabel(tr("The language changes the next time KeyDriver starts."));
    restart->setEnabled(false); // greyed: a note, not a field

    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Links in new diagrams:"), m_links);
    form->addRow(tr("Te&xt size of new diagrams:"), m_textSize);
    form->addRow(tr("&Recovery copy every:"), m_autosave);
    form->addRow(tr("L&anguage:"), m_language);
    form->addRow(QString(), restart);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setPreferences(Preferences::load());
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.theme = m_theme->currentText();
    p.links = static_cast<LayoutSettings::Links>(m_links->currentData().toInt());
    // Files hold sizes in half points.
    p.textSize = std::round(m_textSize->value() / LayoutSettings::TextSizeStep)
               * LayoutSettings::TextSizeStep;
    p.autosaveMinutes = m_autosave->value();
    p.language = m_language->currentData().toString();
    return p;
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    m_theme->setCurrentText(preferences.theme);
    m_links->setCurrentIndex(m_links->findData(static_cast<int>(preferences.links)));
    m_textSize->setValue(preferences.textSize);
    m_autosave->setValue(preferences.autosaveMinutes);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
}

void PreferencesDialog::run(MainWindow *window)
{
    PreferencesDialog dialog(window);
    if (dialog.exec() == QDialog::Accepted)
        saveAndApply(dialog.preferences());
}

void PreferencesDialog::saveAndApply(const Preferences &preferences)
{
    preferences.save();
    for (QWidget *top : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(top);
        if (!window)
            continue;
        // Through View ▸ Theme, so the menu's check, the arrowheads choice and the canvas follow.
        if (auto *theme =
                window->findChild<QAction *>(QStringLiteral("theme-") + preferences.theme);
            theme && !theme->isChecked())
            theme->trigger();
        applyAutosave(window, preferences.autosaveMinutes);
    }
}

void PreferencesDialog::applyToNewWindow(MainWindow *window)
{
    if (Preferences::hasAutosaveChoice())
        applyAutosave(window, Preferences::load().autosaveMinutes);
}

} // namespace kdd
