#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// A document as a sequence of blocks — headings, paragraphs, tables and the diagram — built once
// from a diagram (charterreport.h) and written by every document format (HTML, ODT, DOCX, PDF), so
// the formats agree on the content and differ only in how they spell it.
namespace kdd {

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
    };

    Kind kind = Kind::Paragraph;
    int level = 1;
    QString text;
    QStringList header;
    std::vector<QStringList> rows;

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
