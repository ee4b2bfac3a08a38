#include "textsizeactions.h"

#include "mainwindow.h"
#include "preferences.h"

#include "model/document.h"
#include "model/editoperations.h"

#include <QAction>
#include <QMenu>

#include <algorithm>
#include <cmath>

namespace kdd {

TextSizeActions::TextSizeActions(MainWindow *window)
    : QObject(window), m_window(window), m_document(window->document())
{
    m_current = new QAction(this);
    m_current->setEnabled(false); // a label: the size the document has now
    m_larger = new QAction(tr("&Larger"), this);
    m_larger->setObjectName(QStringLiteral("textLarger"));
    // As in word processors; Ctrl+Shift+= would be read as Zoom In (Ctrl++) on many keyboards.
    m_larger->setShortcut(QKeySequence(tr("Ctrl+]")));
    m_larger->setToolTip(tr("Make the diagram's text one point larger (saved with the file)"));
    m_smaller = new QAction(tr("&Smaller"), this);
    m_smaller->setObjectName(QStringLiteral("textSmaller"));
    m_smaller->setShortcut(QKeySequence(tr("Ctrl+[")));
    m_smaller->setToolTip(tr("Make the diagram's text one point smaller (saved with the file)"));
    m_reset = new QAction(tr("&Default Size"), this);
    m_reset->setObjectName(QStringLiteral("textDefaultSize"));
    m_reset->setToolTip(tr("The text size of new diagrams (Edit ▸ Preferences)"));
    connect(m_larger, &QAction::triggered, this,
            [this] { setSize(larger(m_document->diagram().layoutSettings().textSize)); });
    connect(m_smaller, &QAction::triggered, this,
            [this] { setSize(smaller(m_document->diagram().layoutSettings().textSize)); });
    connect(m_reset, &QAction::triggered, this, [this] { setSize(Preferences::load().textSize); });
    connect(m_document, &Document::changed, this, [this](const DocumentChange &change) {
        if (change.has(DocumentChange::LayoutOptions))
            updateActions();
    });
    updateActions();
}

void TextSizeActions::addTo(QMenu *menu)
{
    QMenu *sizes = menu->addMenu(tr("Te&xt Size"));
    sizes->setObjectName(QStringLiteral("textSizeMenu"));
    sizes->addAction(m_current);
    sizes->addSeparator();
    sizes->addAction(m_larger);
    sizes->addAction(m_smaller);
    sizes->addAction(m_reset);
    // The default follows Preferences, which may have changed since the last look.
    connect(sizes, &QMenu::aboutToShow, this, &TextSizeActions::updateActions);
}

double TextSizeActions::larger(double points)
{
    return std::min(LayoutSettings::MaxTextSize, std::floor(points) + 1);
}

double TextSizeActions::smaller(double points)
{
    return std::max(LayoutSettings::MinTextSize, std::ceil(points) - 1);
}

void TextSizeActions::setSize(double points)
{
    m_window->commitPendingEdits(); // what is being typed is a step of its own, before this one
    edit::setLayoutTextSize(*m_document, points);
}

void TextSizeActions::updateActions()
{
    const double size = m_document->diagram().layoutSettings().textSize;
    m_current->setText(tr("Text size: %1 pt").arg(size));
    m_larger->setEnabled(size < LayoutSettings::MaxTextSize);
    m_smaller->setEnabled(size > LayoutSettings::MinTextSize);
    m_reset->setEnabled(size != Preferences::load().textSize);
}

} // namespace kdd
