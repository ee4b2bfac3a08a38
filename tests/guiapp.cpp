// Creates the QGuiApplication that layout and painting need (fonts), on the offscreen platform,
// before the first test runs; one per test program.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include "catchqt.h"

#include <QGuiApplication>

#include <memory>

namespace {

class GuiApplicationListener : public Catch::TestEventListenerBase
{
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo &) override
    {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        m_app = std::make_unique<QGuiApplication>(m_argc, m_argv);
    }
    void testRunEnded(const Catch::TestRunStats &) override { m_app.reset(); }

private:
    int m_argc = 1;
    char m_name[16] = "kdd_tests";
    char *m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QGuiApplication> m_app;
};

} // namespace

CATCH_REGISTER_LISTENER(GuiApplicationListener)
