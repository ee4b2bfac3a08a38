#include "aboutdialog.h"

#include "keydriverversion.h"

#include "layout/graphvizversion.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>
#include <zip.h>

namespace kdd {

std::vector<std::pair<QString, QString>> AboutDialog::credits()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("Graphviz"), graphvizVersion()},
        {QStringLiteral("nlohmann/json"), QStringLiteral("%1.%2.%3")
                                              .arg(NLOHMANN_JSON_VERSION_MAJOR)
                                              .arg(NLOHMANN_JSON_VERSION_MINOR)
                                              .arg(NLOHMANN_JSON_VERSION_PATCH)},
        {QStringLiteral("libzip"), QString::fromLatin1(zip_libzip_version())},
    };
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About KeyDriver"));

    auto *icon = new QLabel;
    icon->setPixmap(QPixmap(QStringLiteral(":/icons/keydriver-64.png")));
    icon->setAlignment(Qt::AlignTop);

    QString rows;
    for (const auto &[name, version] : credits())
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;%2</td></tr>")
                    .arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    m_text = QStringLiteral("<h2>KeyDriver</h2><p>%1</p><p>%2</p><p>%3</p><p><b>%4</b></p>"
                            "<table>%5</table>")
                 .arg(tr("Version %1").arg(QString::fromLatin1(Version)),
                      tr("Write, check and present key driver diagrams for quality improvement."),
                      tr("Licence: not yet chosen."), tr("Built with"), rows);
    auto *label = new QLabel(m_text);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addWidget(label, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

} // namespace kdd
