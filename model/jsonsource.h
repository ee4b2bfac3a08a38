#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>

#include <exception>
#include <map>
#include <string>
#include <vector>

namespace kdd {

// A library exception as words for a user: nlohmann's "[json.exception.…]" tags and its own
// "at line 1, column 2" removed (callers report the place), std::bad_alloc said in words.
QString libraryErrorText(const std::exception &error);
QString libraryErrorText(const char *what);

// JSON text parsed together with where its parts start, so that structural errors found after
// parsing can still point at a line. Internal to the model's readers.
class JsonSource
{
public:
    using Json = nlohmann::ordered_json;

    // Shares `bytes` (implicitly); numbers too large for a double are masked in this copy (see
    // parse()), which detaches it only when there are any. The elements of the top-level lists
    // named in `listsWithLines` have their lines noted (see lineOfElement()).
    JsonSource(QByteArray bytes, std::vector<std::string> listsWithLines);

    // Parses the text. On failure returns false and sets errorLine/errorColumn/errorMessage.
    bool parse();
    // Frees this copy of the text once parsed (lines stay known); the caller may hold another.
    void releaseText() { m_bytes = QByteArray(); }

    const Json &root() const { return m_root; }
    // The parsed value, for a reader that moves parts out of it.
    Json &root() { return m_root; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }
    const QString &errorMessage() const { return m_errorMessage; }

    // 1-based line where the value of top-level member `key` starts (0 if unknown).
    int lineOfMember(const std::string &key) const;
    // 1-based line where element `index` of the top-level array `key` starts (the line of `key`
    // if it is not one of the lists given to the constructor).
    int lineOfElement(const std::string &key, std::size_t index) const;

    // Line and column (1-based; column in code points) of a byte offset into the text.
    int lineAt(std::size_t offset) const;
    int columnAt(std::size_t offset) const;

private:
    std::size_t tokenStart(std::size_t offset) const;
    void maskHugeNumbers();

    QByteArray m_bytes;
    // Numbers beyond ±1.8e308, which nlohmann refuses: their offset and text, in file order.
    std::vector<std::pair<std::size_t, std::string>> m_hugeNumbers;
    std::vector<std::size_t> m_lineStarts;
    Json m_root;
    std::vector<std::string> m_listsWithLines;
    std::vector<int> m_memberLines; // of each top-level member, in order
    std::map<std::string, std::vector<int>> m_elementLines;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QString m_errorMessage;
};

} // namespace kdd
