#pragma once

#include "model/reportdocument.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>
#include <QXmlStreamWriter>

// What the parts of an ODT charter share (charterodt.cpp writes the content, charterodtstyles.cpp
// the styles): the ODF namespaces, units and page margins.
namespace kdd::odf {

inline const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
inline const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
inline const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
inline const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
inline const QString kDraw = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
inline const QString kFo =
    QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
inline const QString kSvg =
    QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
inline const QString kXlink = QStringLiteral("http://www.w3.org/1999/xlink");
inline const QString kMeta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
inline const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
inline const QString kManifest =
    QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
inline const QString kVersion = QStringLiteral("1.3");

// Margins of the portrait pages and of the landscape page that holds a wide diagram.
constexpr double kMarginCm = 2.0;
constexpr double kLandscapeMarginCm = 1.5;

inline QString cm(double value) { return QString::number(value, 'f', 3) + QStringLiteral("cm"); }
inline double pointsToCm(double points) { return points / 72.0 * 2.54; }

// Starts an ODF part: the XML declaration and the root element office:`name` with every namespace
// the parts use.
void startRoot(QXmlStreamWriter &xml, const QString &name);

// styles.xml: the named styles (Title, Heading 1, Heading 2, Text body, Table Contents …), the
// portrait and landscape page layouts on `paper` (points, portrait) with a footer of the title and
// the page number.
QByteArray styles(const ReportDocument &report, QSizeF paper);

} // namespace kdd::odf
