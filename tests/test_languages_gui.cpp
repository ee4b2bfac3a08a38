// The editor in another language: the Spanish catalog really reaches the menus, the docks and
// new documents; every menu keeps one accelerator letter per item in English and in Spanish;
// Preferences ▸ Language is what the next start installs; Document Properties sets the
// document's own language as one undo step that is saved with the file.
#include "catchqt.h"
#include "windowfixture.h"

#include "app/filecontroller.h"
#include "app/languages.h"
#include "app/preferences.h"
#include "app/preferencesdialog.h"
#include "app/propertiesdialog.h"
#include "model/document.h"
#include "model/kddfile.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUndoStack>

#include <map>

using kddtest::Window;
using namespace kdd;

namespace {

// Installs a language's translators for one test and takes them away again, so that the other
// tests of this program keep speaking English.
struct Speaking
{
    explicit Speaking(const QString &tag) { spoken = installTranslations(tag, Catalogs::Editor); }
    ~Speaking()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    Speaking(const Speaking &) = delete;
    Speaking &operator=(const Speaking &) = delete;
    QString spoken;
};

// Keeps the user's stored language out of the test and puts it back afterwards.
struct LanguageSettingGuard
{
    const QString key = QStringLiteral("interface/language");
    QVariant saved = QSettings().value(key);
    LanguageSettingGuard() { QSettings().remove(key); }
    ~LanguageSettingGuard()
    {
        if (saved.isValid())
            QSettings().setValue(key, saved);
        else
            QSettings().remove(key);
    }
};

// The letter after a single '&' ("&&" is a literal ampersand), or 0 without one.
QChar accelerator(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

// "menu title: item, item" for each letter two items of one menu share, submenus included.
QStringList sharedAccelerators(const QString &title, const QList<QAction *> &actions)
{
    QStringList problems;
    std::map<QChar, QStringList> byLetter;
    for (const QAction *a : actions) {
        if (a->isSeparator())
            continue;
        if (const QChar letter = accelerator(a->text()); !letter.isNull())
            byLetter[letter] << a->text();
        if (a->menu())
            problems << sharedAccelerators(a->text(), a->menu()->actions());
    }
    for (const auto &[letter, texts] : byLetter) {
        if (texts.size() > 1)
            problems << title + QStringLiteral(": ") + texts.join(QStringLiteral(", "));
    }
    return problems;
}

QStringList menuBarProblems(MainWindow *window)
{
    return sharedAccelerators(QStringLiteral("menu bar"), window->menuBar()->actions());
}

QStringList menuTitles(MainWindow *window)
{
    QStringList titles;
    for (const QAction *a : window->menuBar()->actions())
        titles << a->text();
    return titles;
}

QString dockTitle(MainWindow *window, const char *name)
{
    const auto *dock = window->findChild<QDockWidget *>(QString::fromLatin1(name));
    return dock ? dock->windowTitle() : QString();
}

} // namespace

TEST_CASE("every menu gives each item its own accelerator letter, in English", "[gui][languages]")
{
    Window w;
    CHECK(menuTitles(w.window)
          == QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                         QStringLiteral("&Help")});
    const QStringList problems = menuBarProblems(w.window);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    // English needs no meta.language: "" already means the program's language.
    CHECK(w->document()->diagram().metadata().language.isEmpty());
}

TEST_CASE("the editor speaks Spanish with the Spanish catalogs installed", "[gui][languages]")
{
    Speaking spanish(QStringLiteral("es"));
    REQUIRE(spanish.spoken == QStringLiteral("es"));
    CHECK(Preferences::spokenLanguage() == QStringLiteral("es"));
    Window w;
    CHECK(menuTitles(w.window)
          == QStringList{QStringLiteral("&Archivo"), QStringLiteral("&Editar"),
                         QStringLiteral("&Ver"), QStringLiteral("Ay&uda")});
    const QStringList problems = menuBarProblems(w.window);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());

    CHECK(dockTitle(w.window, "outlineDock") == QStringLiteral("Esquema"));
    CHECK(dockTitle(w.window, "checksDock") == QStringLiteral("Comprobaciones"));
    CHECK(dockTitle(w.window, "parkingLotDock") == QStringLiteral("Estacionamiento de ideas"));
    CHECK(dockTitle(w.window, "measuresDock") == QStringLiteral("Medidas"));
    const QAction *prioritise = w->findChild<QAction *>(QStringLiteral("prioritise"));
    REQUIRE(prioritise);
    CHECK(prioritise->text() == QStringLiteral("Pri&orizar…"));
    QStringList fileItems;
    for (const QAction *a : w->menuBar()->actions().first()->menu()->actions())
        fileItems << a->text();
    CHECK(fileItems.contains(QStringLiteral("&Nuevo")));
    CHECK(fileItems.contains(QStringLiteral("Propie&dades…")));
    CHECK(fileItems.contains(QStringLiteral("&Salir")));
    CHECK(w->windowTitle().endsWith(QStringLiteral("[*] — KeyDriver")));

    // A new document is written in the language the team works in, and is not modified by it.
    CHECK(w->document()->diagram().metadata().language == QStringLiteral("es"));
    CHECK_FALSE(w->document()->isModified());
    Diagram opened;
    FileController::writeInSpokenLanguage(opened);
    CHECK(opened.metadata().language == QStringLiteral("es"));
    Metadata french = opened.metadata();
    french.language = QStringLiteral("fr");
    opened.setMetadata(french);
    FileController::writeInSpokenLanguage(opened); // a template's own language is kept
    CHECK(opened.metadata().language == QStringLiteral("fr"));
}

TEST_CASE("the editor speaks French with the French catalogs installed", "[gui][languages]")
{
    Speaking french(QStringLiteral("fr-CA")); // Quebec's tag finds the French catalog
    REQUIRE(french.spoken == QStringLiteral("fr"));
    Window w;
    CHECK(menuTitles(w.window)
          == QStringList{QStringLiteral("&Fichier"), QStringLiteral("É&dition"),
                         QStringLiteral("&Affichage"), QStringLiteral("Aid&e")});
    const QStringList problems = menuBarProblems(w.window);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    CHECK(dockTitle(w.window, "outlineDock") == QStringLiteral("Plan"));
    CHECK(dockTitle(w.window, "measuresDock") == QStringLiteral("Mesures"));
    CHECK(w->document()->diagram().metadata().language == QStringLiteral("fr"));
}

TEST_CASE("Preferences language is stored and is what the next start installs",
          "[gui][languages][preferences]")
{
    LanguageSettingGuard guard;
    {
        Window w;
        PreferencesDialog dialog(w.window);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("preferencesLanguage"));
        REQUIRE(combo);
        QStringList names;
        for (int i = 0; i < combo->count(); ++i)
            names << combo->itemText(i);
        CHECK(names
              == QStringList{QStringLiteral("System language"), QStringLiteral("English"),
                             QStringLiteral("Español"), QStringLiteral("Français")});
        combo->setCurrentIndex(combo->findData(QStringLiteral("es")));
        PreferencesDialog::saveAndApply(dialog.preferences());
        // Applied at the next start, as the dialog says: this window stays English.
        CHECK(w->menuBar()->actions().first()->text() == QStringLiteral("&File"));
    }
    CHECK(Preferences::load().language == QStringLiteral("es"));
    CHECK(Preferences::startupLanguage(QString()) == QStringLiteral("es"));
    {
        // As the next process reads it: a copy of the settings file, parsed afresh (QSettings
        // keeps the file it wrote in memory).
        QSettings settings;
        settings.sync();
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.conf"));
        REQUIRE(QFile::copy(settings.fileName(), copy));
        CHECK(QSettings(copy, QSettings::IniFormat).value(guard.key).toString()
              == QStringLiteral("es"));
    }
    CHECK(Preferences::startupLanguage(QStringLiteral("fr")) == QStringLiteral("fr")); // --lang
    // "Restarted": what main.cpp does with it.
    Speaking next(Preferences::startupLanguage(QString()));
    CHECK(next.spoken == QStringLiteral("es"));
    Window w;
    CHECK(w->menuBar()->actions().first()->text() == QStringLiteral("&Archivo"));
    PreferencesDialog dialog(w.window);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("preferencesLanguage"));
    CHECK(combo->currentData().toString() == QStringLiteral("es"));
    CHECK(combo->itemText(0) == QStringLiteral("Idioma del sistema"));
    CHECK(combo->itemText(2) == QStringLiteral("Español")); // named in itself
}

TEST_CASE("Document Properties sets the document's language as one undo step, saved with it",
          "[gui][languages]")
{
    Window w;
    Document *document = w->document();
    QUndoStack *stack = document->undoStack();
    const int before = stack->count();
    {
        PropertiesDialog dialog(document, w.window);
        dialog.apply(); // OK without an edit: no step
    }
    CHECK(stack->count() == before);
    {
        PropertiesDialog dialog(document, w.window);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("propertiesLanguage"));
        REQUIRE(combo);
        CHECK(combo->currentData().toString().isEmpty()); // "Same as the program"
        CHECK(combo->itemText(0) == QStringLiteral("Same as the program"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
        dialog.apply();
    }
    CHECK(stack->count() == before + 1);
    CHECK(document->diagram().metadata().language == QStringLiteral("fr"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("langue.kdd"));
    QString error;
    REQUIRE(w->files()->saveFile(path, &error));
    const LoadResult loaded = loadDiagram(path);
    REQUIRE(loaded.ok());
    CHECK(loaded.diagram->metadata().language == QStringLiteral("fr"));
    {
        // Reopened, the dialog shows the saved language.
        Window again;
        REQUIRE(again->files()->openFile(path, &error));
        PropertiesDialog dialog(again->document(), again.window);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("propertiesLanguage"));
        CHECK(combo->currentData().toString() == QStringLiteral("fr"));
    }

    stack->undo();
    CHECK(document->diagram().metadata().language.isEmpty());
    stack->redo();
    CHECK(document->diagram().metadata().language == QStringLiteral("fr"));
}
