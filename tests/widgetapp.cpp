// Creates the QApplication that the editor's widgets need, on the offscreen platform, with
// QStandardPaths in test mode and a home of its own, so settings and recovery files never touch
// the user's own, nor those of the other test processes CTest runs at the same time.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include "catchqt.h"

#include "views/layoutprogress.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace {

class WidgetApplicationListener : public Catch::TestEventListenerBase
{
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo &) override
    {
        // Offscreen, unless a test runs under an X server with the AT-SPI bridge on
        // (a11y_session.sh sets KDD_TEST_PLATFORM=xcb).
        qputenv("QT_QPA_PLATFORM", qgetenv("KDD_TEST_PLATFORM").isEmpty()
                                       ? QByteArray("offscreen")
                                       : qgetenv("KDD_TEST_PLATFORM"));
        m_home = std::make_unique<QTemporaryDir>();
        if (m_home->isValid())
            qputenv("HOME", QFile::encodeName(m_home->path()));
        // The desktop's list of recent files (DesktopRecent) goes under that home too.
        qunsetenv("XDG_DATA_HOME");
        QStandardPaths::setTestModeEnabled(true);
        m_app = std::make_unique<QApplication>(m_argc, m_argv);
        QCoreApplication::setOrganizationName(QStringLiteral("KeyDriverTests"));
        QCoreApplication::setApplicationName(QStringLiteral("kdd_gui_tests"));
    }
    void testRunEnded(const Catch::TestRunStats &) override
    {
        // A cancelled layout may still run; the real application waits for it on quitting.
        kdd::waitForAbandonedLayouts();
        m_app.reset();
        m_home.reset();
    }

private:
    int m_argc = 1;
    char m_name[16] = "kdd_gui_tests";
    char *m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QApplication> m_app;
};

} // namespace

CATCH_REGISTER_LISTENER(WidgetApplicationListener)
