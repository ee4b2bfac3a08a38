#include "theme.h"

#include <algorithm>
#include <cmath>

namespace kdd {
namespace {

Theme classic()
{
    // The IHI look: white boxes, black lines, no arrowheads; status fills as Cincinnati's legend.
    // Adopted and abandoned share a grey that a projector or a colour-blind reader cannot tell
    // apart, so their outlines differ too: adopted heavier and solid, abandoned dashed (and
    // struck through, in every theme, by the painter).
    Theme t;
    t.name = QStringLiteral("classic");
    for (BoxStyle &c : t.columns)
        c = {Qt::white, {Qt::black, 1.2, false}};
    t.testing = {QColor(0xc8, 0xe6, 0xc9), {Qt::black, 1.2, false}};
    t.adopted = {QColor(0xd9, 0xd9, 0xd9), {Qt::black, 2.4, false}};
    t.abandoned = {QColor(0xee, 0xee, 0xee), {Qt::black, 1.2, true}};
    t.link = {Qt::black, 1.2, false};
    t.badge = {Qt::white, {Qt::black, 1, false}};
    return t;
}

Theme colour()
{
    Theme t = classic();
    t.name = QStringLiteral("colour");
    const QColor border(0x5f, 0x6b, 0x7a);
    t.columns[0] = {QColor(0xfd, 0xe4, 0xcf), {border, 1.2, false}};
    t.columns[1] = {QColor(0xdc, 0xea, 0xf7), {border, 1.2, false}};
    t.columns[2] = {QColor(0xe6, 0xe0, 0xf3), {border, 1.2, false}};
    t.columns[3] = {QColor(0xf3, 0xe0, 0xec), {border, 1.2, false}};
    t.columns[4] = {QColor(0xff, 0xf8, 0xdc), {border, 1.2, false}};
    t.testing = {QColor(0xc8, 0xe6, 0xc9), {QColor(0x2e, 0x7d, 0x32), 1.6, false}};
    t.adopted = {QColor(0xdd, 0xdd, 0xdd), {border, 2.4, false}};
    t.abandoned = {QColor(0xdd, 0xdd, 0xdd), {border, 1.2, true}};
    t.link = {QColor(0x4a, 0x55, 0x63), 1.3, false};
    t.arrowheads = true;
    t.headerText = QColor(0x26, 0x32, 0x38);
    t.badge = {Qt::white, {QColor(0x26, 0x32, 0x38), 1, false}};
    return t;
}

Theme print()
{
    // Grayscale; status told apart by outline as well as fill, so it survives a photocopier.
    Theme t = classic();
    t.name = QStringLiteral("print");
    t.testing = {Qt::white, {Qt::black, 2.6, false}};
    t.adopted = {QColor(0xc8, 0xc8, 0xc8), {Qt::black, 2, false}};
    t.abandoned = {QColor(0xee, 0xee, 0xee), {Qt::black, 1.2, true}};
    t.detailText = QColor(0x33, 0x33, 0x33);
    return t;
}

Theme highContrast()
{
    // Black text on light fills (contrast well above WCAG AA's 4.5:1), Okabe-Ito hues that
    // colour-blind readers can tell apart, thicker lines, and outlines that differ by status.
    Theme t = classic();
    t.name = QStringLiteral("high-contrast");
    for (BoxStyle &c : t.columns)
        c = {Qt::white, {Qt::black, 2, false}};
    t.testing = {QColor(0x9a, 0xd3, 0xf5), {Qt::black, 3, false}};
    t.adopted = {QColor(0xbb, 0xbb, 0xbb), {Qt::black, 3, false}};
    t.abandoned = {QColor(0xf0, 0xe4, 0x42), {Qt::black, 2, true}};
    t.link = {Qt::black, 2, false};
    t.arrowheads = true;
    t.detailText = Qt::black;
    t.badge = {Qt::white, {Qt::black, 1.5, false}};
    t.boxRadius = 2;
    return t;
}

Theme projector()
{
    // For a room reading a wall: a projector washes pale fills out and thins hairlines, so the
    // ink is pure black, every outline and link is heavy, fills are white (aims a pale yellow
    // that survives the wash) and the statuses use strong Okabe-Ito hues.
    Theme t = classic();
    t.name = QStringLiteral("projector");
    for (BoxStyle &c : t.columns)
        c = {Qt::white, {Qt::black, 2.5, false}};
    t.columns[0] = {QColor(0xff, 0xf1, 0xb8), {Qt::black, 3.5, false}};
    t.testing = {QColor(0x56, 0xb4, 0xe9), {Qt::black, 3.5, false}};
    t.adopted = {QColor(0xb0, 0xb0, 0xb0), {Qt::black, 4.5, false}};
    t.abandoned = {QColor(0xf0, 0xe4, 0x42), {Qt::black, 2.5, true}};
    t.link = {Qt::black, 3, false};
    t.arrowheads = true;
    t.detailText = Qt::black;
    t.badge = {Qt::white, {Qt::black, 2, false}};
    t.boxRadius = 3;
    return t;
}

// WCAG relative luminance, 0 (black) to 1 (white).
qreal luminance(const QColor &c)
{
    const auto channel = [](qreal v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// A fill for a dark background: the hue kept, the lightness pulled down to a band where light
// text stays readable (a pastel becomes its deep shade, white a grey just above the background).
// Bright hues (yellow, cyan) are darker at equal lightness, so the luminance is capped too: with
// text at about 0.85 it keeps a contrast above WCAG AA's 4.5:1.
QColor darkFill(const QColor &fill)
{
    if (fill.alpha() == 0)
        return fill;
    const QColor hsl = fill.toHsl();
    qreal lightness = std::min(0.32, 0.16 + (1 - hsl.lightnessF()) * 0.9);
    QColor dark;
    do {
        dark = QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF() * 0.8, lightness).toRgb();
        lightness -= 0.01;
    } while (luminance(dark) > 0.11 && lightness > 0);
    return dark;
}

// Ink (text and lines) for a dark background: dark ink becomes light, mid-tones stay mid.
QColor lightInk(const QColor &ink)
{
    const QColor hsl = ink.toHsl();
    return QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), 0.95 - 0.75 * hsl.lightnessF())
        .toRgb();
}

Stroke lightStroke(Stroke stroke)
{
    stroke.color = lightInk(stroke.color);
    return stroke;
}

BoxStyle darkBox(const BoxStyle &style)
{
    return {darkFill(style.fill), lightStroke(style.border)};
}

} // namespace

Theme Theme::darkVariant() const
{
    Theme t = *this;
    t.name = name + QStringLiteral("-dark");
    t.background = QColor(0x1e, 0x22, 0x29);
    t.text = lightInk(text);
    t.headerText = lightInk(headerText);
    t.detailText = lightInk(detailText);
    t.badgeText = lightInk(badgeText);
    for (BoxStyle &c : t.columns)
        c = darkBox(c);
    t.testing = darkBox(testing);
    t.adopted = darkBox(adopted);
    t.abandoned = darkBox(abandoned);
    t.badge = darkBox(badge);
    t.link = lightStroke(link);
    // Lighter hues that keep their meaning on the dark background.
    t.signalImproving = QColor(0x81, 0xc7, 0x84);
    t.signalDeteriorating = QColor(0xef, 0x9a, 0x9a);
    t.signalUnknown = QColor(0xff, 0xb7, 0x4d);
    t.signalNone = QColor(0xbd, 0xbd, 0xbd);
    return t;
}

const QColor &Theme::signalColour(spc::Verdict verdict) const
{
    switch (verdict) {
    case spc::Verdict::Improving:
        return signalImproving;
    case spc::Verdict::Deteriorating:
        return signalDeteriorating;
    case spc::Verdict::Signal:
        return signalUnknown;
    case spc::Verdict::NoSignal:
        break;
    }
    return signalNone;
}

bool Theme::isDark() const { return background.lightnessF() < 0.5; }

const BoxStyle &Theme::boxStyle(int column, ChangeStatus status) const
{
    if (column == ChangeColumn) {
        switch (status) {
        case ChangeStatus::Testing:
            return testing;
        case ChangeStatus::Adopted:
            return adopted;
        case ChangeStatus::Abandoned:
            return abandoned;
        case ChangeStatus::Idea:
            break;
        }
    }
    return columns[std::clamp(column, 0, 4)];
}

Theme Theme::standard() { return classic(); }

QStringList Theme::names()
{
    return {QStringLiteral("classic"), QStringLiteral("colour"), QStringLiteral("print"),
            QStringLiteral("high-contrast"), QStringLiteral("projector")};
}

std::optional<Theme> Theme::byName(const QString &name)
{
    if (name == QStringLiteral("classic"))
        return classic();
    if (name == QStringLiteral("colour") || name == QStringLiteral("color"))
        return colour();
    if (name == QStringLiteral("print"))
        return print();
    if (name == QStringLiteral("high-contrast"))
        return highContrast();
    if (name == QStringLiteral("projector"))
        return projector();
    return std::nullopt;
}

} // namespace kdd
