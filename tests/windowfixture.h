#pragma once

#include "catchqt.h"

#include "app/mainwindow.h"

#include <QTest>

namespace kddtest {

// A shown editor window for a GUI test, deleted at the end of the test, never asking questions.
struct Window
{
    Window()
    {
        window = new kdd::MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->askToSave = [](kdd::MainWindow *) { return kdd::MainWindow::CloseAnswer::Discard; };
        // One size for every GUI test, whatever the (offscreen) screen and saved settings say.
        window->resize(1280, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window));
    }
    ~Window() { delete window; }
    Window(const Window &) = delete;
    Window &operator=(const Window &) = delete;
    kdd::MainWindow *operator->() const { return window; }
    kdd::MainWindow *window;
};

} // namespace kddtest
