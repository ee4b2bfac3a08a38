#include "placeundermenu.h"

#include "model/diagramtree.h"
#include "model/document.h"
#include "model/editoperations.h"
#include "model/kinds.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QPointer>

#include <algorithm>

namespace kdd {

QMenu *addPlaceUnderMenu(QMenu *menu, Document *document, const NodeId &id)
{
    const Diagram &d = document->diagram();
    std::vector<NodeId> parents = edit::parentsFromLeft(d, id);
    if (parents.size() < 2)
        return nullptr;
    const NodeId home = parents.front();
    // Listed top to bottom as drawn, which choosing another home does not change.
    const DiagramTree tree(d);
    std::sort(parents.begin(), parents.end(), [&](const NodeId &a, const NodeId &b) {
        return tree.position(d.indexOf(a)) < tree.position(d.indexOf(b));
    });
    QMenu *sub = menu->addMenu(QCoreApplication::translate("kdd::PlaceUnderMenu", "Place Under"));
    sub->setObjectName(QStringLiteral("placeUnder"));
    // The document may go away while a menu is open (a window closed by another event).
    const QPointer<Document> guard(document);
    for (const NodeId &parent : parents) {
        QString text = d.node(parent)->text.simplified();
        if (text.size() > 60)
            text = text.left(59) + QStringLiteral("…");
        if (text.isEmpty())
            text = QCoreApplication::translate("kdd::PlaceUnderMenu", "(untitled %1)")
                       .arg(displayName(*d.node(parent), NameCase::Lower));
        QAction *a = sub->addAction(text);
        a->setData(parent);
        a->setCheckable(true);
        a->setChecked(parent == home);
        QObject::connect(a, &QAction::triggered, sub, [guard, id, parent] {
            if (guard)
                edit::setHomeParent(*guard, id, parent);
        });
    }
    return sub;
}

} // namespace kdd
