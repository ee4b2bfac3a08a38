// libFuzzer target: small diagrams built from the input bytes (any kinds, levels, links, texts
// in any script, measures) lay out and export to SVG — never a crash, and the SVG names every
// box. Runs with a time limit per input (-timeout), so a slow layout is a finding too.
#include "layout/layoutengine.h"
#include "model/diagram.h"
#include "render/exporter.h"

#include <QGuiApplication>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

// Reads the input from the front, one value at a time; past the end everything is zero.
class Bytes
{
public:
    Bytes(const std::uint8_t *data, std::size_t size) : m_data(data), m_size(size) {}
    int next(int modulo) { return m_at < m_size ? m_data[m_at++] % modulo : 0; }
    QString text()
    {
        const int length = next(48);
        QByteArray utf8;
        for (int i = 0; i < length && m_at < m_size; ++i)
            utf8.append(static_cast<char>(m_data[m_at++]));
        return QString::fromUtf8(utf8); // invalid sequences become U+FFFD, as from a file
    }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_at = 0;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static std::unique_ptr<QGuiApplication> app = std::make_unique<QGuiApplication>(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Bytes in(data, size);
    kdd::Diagram d;
    const int nodes = 1 + in.next(24);
    for (int i = 0; i < nodes; ++i) {
        kdd::Node n;
        n.id = QStringLiteral("n%1").arg(i);
        const int column = in.next(5);
        n.kind = column == 0 ? kdd::NodeKind::Aim
               : column == 4 ? kdd::NodeKind::Change
                             : kdd::NodeKind::Driver;
        n.level = column >= 1 && column <= 3 ? column : 1;
        n.role = n.kind == kdd::NodeKind::Aim ? static_cast<kdd::AimRole>(in.next(3))
                                              : kdd::AimRole::Unspecified;
        n.status = n.kind == kdd::NodeKind::Change ? static_cast<kdd::ChangeStatus>(in.next(4))
                                                   : kdd::ChangeStatus::Idea;
        n.reliability = n.kind == kdd::NodeKind::Change ? in.next(4) : 0;
        n.text = in.text();
        d.insertNode(n, in.next(2) ? -1 : 0);
    }
    const int links = in.next(48);
    for (int i = 0; i < links; ++i) {
        const kdd::Link l{QStringLiteral("n%1").arg(in.next(nodes)),
                          QStringLiteral("n%1").arg(in.next(nodes)),
                          in.next(2) ? kdd::LinkStrength::Weak : kdd::LinkStrength::Strong,
                          {}};
        d.addLink(l); // invalid links are refused, as the reader refuses them
    }
    const int measures = in.next(4);
    for (int i = 0; i < measures; ++i) {
        kdd::Measure m;
        m.id = QStringLiteral("m%1").arg(i);
        m.type = static_cast<kdd::MeasureType>(in.next(3));
        m.name = in.text();
        m.nodes = {QStringLiteral("n%1").arg(in.next(nodes))};
        d.insertMeasure(m);
    }
    kdd::ExportOptions options;
    options.order =
        in.next(2) ? kdd::LayoutSettings::Order::Tidy : kdd::LayoutSettings::Order::Keep;
    QByteArray svg;
    QString error;
    if (!kdd::findExporter(kdd::ExportFormat::Svg)->write(d, options, svg, &error))
        std::abort(); // a valid diagram this small must always export
    if (!svg.startsWith("<?xml") || !svg.contains("</svg>"))
        std::abort();
    return 0;
}
