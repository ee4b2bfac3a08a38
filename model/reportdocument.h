#pragma once

#include <QByteArray>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <vector>

// A document as a sequence of blocks — headings, paragraphs, tables, the diagram and the measures'
// charts — built once from a diagram (charterreport.h) and written by every document format
// (HTML, ODT, DOCX, PDF), so the formats agree on the content and differ only in how they spell it.
namespace kdd {

// A drawing as a document embeds it: SVG (vector) and a PNG for readers without SVG, at its own
// size in points, with one sentence for a reader who cannot see it.
struct ReportFigure
{
    QByteArray svg;
    QByteArray png;
    QSizeF points;
    QSize pixels;
    QString title;
    QString description;
};

// One block of a report, in reading order.
struct ReportBlock
{
    enum class Kind {
        Heading,   // `text` at `level` 1 (a section) or 2 (a subsection)
        Paragraph, // `text`; a newline in it starts a new paragraph
        Note,      // `text` in a muted style: what a section still lacks ("Not written yet.")
        Fields,    // `rows` of (label, value) pairs, set as a two-column list
        Table,     // `header` and `rows`, each row as long as the header
        Diagram,   // the diagram itself, drawn by the writer (vector where the format allows)
        Chart,     // the chart of measure `measure`, one line per stratum when `byStratum`; its
               // `figure` is drawn by the exporter (render/reportchart.h) before a writer sees it
    };

    Kind kind = Kind::Paragraph;
    int level = 1;
    QString text;
    QStringList header;
    std::vector<QStringList> rows;
    QString measure;
    bool byStratum = false;
    ReportFigure figure;

    static ReportBlock heading(const QString &text, int level = 1)
    {
        ReportBlock block;
        block.kind = Kind::Heading;
        block.text = text;
        block.level = level;
        return block;
    }
    static ReportBlock paragraph(const QString &text)
    {
        ReportBlock block;
        block.text = text;
        return block;
    }
    static ReportBlock note(const QString &text)
    {
        ReportBlock block;
        block.kind = Kind::Note;
        block.text = text;
        return block;
    }
    static ReportBlock fields(std::vector<QStringList> pairs)
    {
        ReportBlock block;
        block.kind = Kind::Fields;
        block.rows = std::move(pairs);
        return block;
    }
    static ReportBlock table(const QStringList &header, std::vector<QStringList> rows)
    {
        ReportBlock block;
        block.kind = Kind::Table;
        block.header = header;
        block.rows = std::move(rows);
        return block;
    }
    static ReportBlock diagram()
    {
        ReportBlock block;
        block.kind = Kind::Diagram;
        return block;
    }
    static ReportBlock chart(const QString &measureId, bool byStratum)
    {
        ReportBlock block;
        block.kind = Kind::Chart;
        block.measure = measureId;
        block.byStratum = byStratum;
        return block;
    }
};

// A whole report: its title, a one-line subtitle (team, revision, date) and the blocks.
struct ReportDocument
{
    QString language; // the words' language: the document's meta.language, "" = the program's
    QString title;
    QString subtitle;
    std::vector<ReportBlock> blocks;
};

} // namespace kdd
