#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>

#include <map>
#include <string>
#include <vector>

namespace kdd {

// JSON text parsed together with where its parts start, so that structural errors found after
// parsing can still point at a line. Internal to the model's readers.
class JsonSource
{
public:
    using Json = nlohmann::ordered_json;

    explicit JsonSource(const QByteArray &bytes);

    // Parses the text. On failure returns false and sets errorLine/errorColumn/errorMessage.
    bool parse();

    const Json &root() const { return m_root; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }
    const QString &errorMessage() const { return m_errorMessage; }

    // 1-based line where the value of top-level member `key` starts (0 if unknown).
    int lineOfMember(const std::string &key) const;
    // 1-based line where element `index` of the top-level array `key` starts (0 if unknown).
    int lineOfElement(const std::string &key, std::size_t index) const;

    // Line and column (1-based; column in code points) of a byte offset into the text.
    int lineAt(std::size_t offset) const;
    int columnAt(std::size_t offset) const;

private:
    std::size_t tokenStart(std::size_t offset) const;

    const QByteArray &m_bytes;
    std::vector<std::size_t> m_lineStarts;
    Json m_root;
    std::map<std::string, int> m_memberLines;
    std::map<std::string, std::vector<int>> m_elementLines;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QString m_errorMessage;
};

} // namespace kdd
