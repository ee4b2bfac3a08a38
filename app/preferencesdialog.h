#pragma once

#include "preferences.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace kdd {

class MainWindow;

// Edit ▸ Preferences: the theme, the link style and text size of new diagrams, the autosave
// interval and the language. OK saves them and applies them to every open window at once (the
// language at the next start); an open document's own layout options are never changed by it.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

    // Shows the dialog over `window`; on OK saves and applies the choices.
    static void run(MainWindow *window);
    // Saves `preferences` and applies them to every open editor window.
    static void saveAndApply(const Preferences &preferences);
    // What a window created now takes from the preferences beyond what its menus read.
    static void applyToNewWindow(MainWindow *window);

private:
    QComboBox *m_theme;
    QComboBox *m_links;
    QDoubleSpinBox *m_textSize;
    QSpinBox *m_autosave;
    QComboBox *m_language;
};

} // namespace kdd
