#include "templatechooser.h"

#include "model/kddfile.h"
#include "render/pagedrawing.h"
#include "render/preparedrawing.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace kdd {
namespace {

constexpr QSize ThumbnailSize(240, 150);

QString chooseTemplate(QWidget *parent, const QString &directory)
{
    TemplateChooser chooser(directory, parent);
    return chooser.exec() == QDialog::Accepted ? chooser.chosenPath() : QString();
}

// The aim that says what the diagram is for: the global aim, else the first aim.
QString describe(const Diagram &diagram)
{
    const Node *first = nullptr;
    for (const Node &n : diagram.nodes()) {
        if (!n.isAim())
            continue;
        if (n.role == AimRole::Global)
            return n.text.simplified();
        if (!first)
            first = &n;
    }
    return first ? first->text.simplified() : QString();
}

QImage thumbnailOf(const Diagram &diagram, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    PreparedDrawing drawing;
    QString error;
    if (!prepareDrawing(diagram, ExportOptions(), drawing, &error)) {
        image.fill(Qt::lightGray);
        return image;
    }
    image.fill(drawing.theme.background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    paintDrawing(drawing, painter, QRectF(QPointF(4, 4), QSizeF(size) - QSizeF(8, 8)),
                 DrawingPages::wholeDrawing(drawing), 0);
    painter.setPen(QColor(0, 0, 0, 60));
    painter.drawRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1));
    return image;
}

// Draws a template as its thumbnail with the title in bold beside it and the description on one
// line below the title (elided; the tooltip has it whole).
class TemplateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem background(option);
        initStyleOption(&background, index);
        background.text.clear();
        background.icon = QIcon();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        const QRect inner = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        icon.paint(painter, QRect(inner.topLeft(), ThumbnailSize));
        const QStringList lines = index.data(Qt::DisplayRole).toString().split(QLatin1Char('\n'));
        QRect text = inner.adjusted(ThumbnailSize.width() + 2 * Padding, Padding, 0, 0);
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        painter->save();
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        QFont bold = option.font;
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.15);
        painter->setFont(bold);
        QRect used;
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, lines.value(0),
                          &used);
        text.setTop(used.bottom() + Padding);
        painter->setFont(option.font);
        const QString description =
            QFontMetrics(option.font).elidedText(lines.value(1), Qt::ElideRight, text.width());
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop, description);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return {ThumbnailSize.width() + 420, ThumbnailSize.height() + 2 * Padding};
    }

private:
    static constexpr int Padding = 6;
};

} // namespace

std::function<QString(QWidget *, const QString &)> TemplateChooser::ask = chooseTemplate;

std::vector<TemplateChooser::Template> TemplateChooser::templates(const QString &directory,
                                                                  QSize thumbnailSize)
{
    std::vector<Template> found;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.kdd")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        const LoadResult loaded = loadDiagram(path);
        if (!loaded.ok())
            continue;
        Template t;
        t.path = path;
        t.title = loaded.diagram->title().simplified();
        if (t.title.isEmpty())
            t.title = QFileInfo(name).completeBaseName();
        t.description = describe(*loaded.diagram);
        t.thumbnail = thumbnailOf(*loaded.diagram, thumbnailSize);
        found.push_back(std::move(t));
    }
    return found;
}

TemplateChooser::TemplateChooser(const QString &directory, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setWindowTitle(tr("New from Template"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Start from one of these diagrams. It opens as a new, untitled "
                                    "document: the template itself is never changed."),
                                 this));
    m_list->setIconSize(ThumbnailSize);
    m_list->setSpacing(4);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_list->setItemDelegate(new TemplateDelegate(m_list));
    for (const Template &t : templates(directory, ThumbnailSize)) {
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(t.thumbnail)),
                                         t.title + QLatin1Char('\n') + t.description, m_list);
        item->setData(Qt::UserRole, t.path);
        item->setToolTip(t.description);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Double-click opens, as Enter does through the default Open button.
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(760, 620);
}

QString TemplateChooser::chosenPath() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace kdd
