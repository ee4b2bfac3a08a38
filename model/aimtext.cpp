#include "aimtext.h"

#include <QRegularExpression>
#include <QStringList>

namespace kdd {
namespace {

const QString &monthPattern()
{
    static const QString pattern = QStringLiteral(
        "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        "sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?");
    return pattern;
}

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
}

// Dates and years: removed before looking for a quantity, and evidence of a time frame.
const QRegularExpression &datePattern()
{
    static const QRegularExpression pattern = re(
        // Digits next to CJK text have no word boundary, so numbers are delimited by "not a digit".
        QStringLiteral("(?<!\\d)\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d)"          // 2027-06-30
                       "|(?<!\\d)\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}(?!\\d)" // 12/31/16, 30.06.2027
                       "|(?<!\\d)\\d{1,2}/(?:19|20)\\d{2}(?!\\d)"         // 06/2027
                       "|\\b%1\\s+\\d{1,2}(?:st|nd|rd|th)?\\b,?"          // June 30
                       "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?%1\\b" // 30 June
                       "|(?<![\\d.,])(?:19|20)\\d{2}(?![\\d%])"           // 2027
                       "|\\bq[1-4]\\b|\\bfy\\s?\\d{2,4}\\b")              // Q2, FY27
            .arg(monthPattern()));
    return pattern;
}

} // namespace

bool mentionsTimeFrame(const QString &text)
{
    static const QRegularExpression words =
        re(QStringLiteral("\\b%1\\b"
                          "|\\b(?:within|in|over|after|for)\\s+(?:the\\s+(?:next|first)\\s+)?"
                          "(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                          "twelve|eighteen|twenty[- ]four)\\s+(?:day|week|month|quarter|year)s?\\b"
                          "|\\bby\\s+(?:the\\s+)?(?:end|start|beginning|spring|summer|autumn|fall|"
                          "winter)\\b"
                          "|\\bfiscal\\s+year\\b|\\bfinancial\\s+year\\b|\\bquarter\\b"
                          "|\\bdeadline\\b")
               .arg(monthPattern()));
    // "may" alone is usually the verb; count it as a month only next to a number.
    QString withoutMay = text;
    withoutMay.replace(re(QStringLiteral("\\bmay\\b(?!\\s+\\d)")), QStringLiteral(" "));
    return datePattern().match(text).hasMatch() || words.match(withoutMay).hasMatch();
}

bool mentionsQuantity(const QString &text)
{
    QString rest = text;
    rest.replace(datePattern(), QStringLiteral(" "));
    for (const QChar c : std::as_const(rest)) {
        if (c.isDigit() || c == QLatin1Char('%') || c == QChar(0x2030) /* per mille */)
            return true;
    }
    static const QRegularExpression words = re(QStringLiteral(
        "\\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
        "thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|halve|double|"
        "triple|quarter|third|percent|per\\s?cent|percentage\\s+points?)\\b"));
    return words.match(rest).hasMatch();
}

bool startsWithActionVerb(const QString &text)
{
    static const QStringList verbs = {
        QStringLiteral("implement"),  QStringLiteral("create"),   QStringLiteral("hold"),
        QStringLiteral("introduce"),  QStringLiteral("develop"),  QStringLiteral("provide"),
        QStringLiteral("use"),        QStringLiteral("train"),    QStringLiteral("hire"),
        QStringLiteral("buy"),        QStringLiteral("send"),     QStringLiteral("call"),
        QStringLiteral("schedule"),   QStringLiteral("add"),      QStringLiteral("start"),
        QStringLiteral("launch"),     QStringLiteral("install"),  QStringLiteral("run"),
        QStringLiteral("set"),        QStringLiteral("make"),     QStringLiteral("give"),
        QStringLiteral("build"),      QStringLiteral("write"),    QStringLiteral("conduct"),
        QStringLiteral("distribute"), QStringLiteral("offer"),    QStringLiteral("organise"),
        QStringLiteral("organize"),   QStringLiteral("purchase"), QStringLiteral("host"),
        QStringLiteral("post"),       QStringLiteral("print"),    QStringLiteral("assign"),
        QStringLiteral("designate"),  QStringLiteral("adopt"),    QStringLiteral("pilot"),
        QStringLiteral("test"),       QStringLiteral("hang"),     QStringLiteral("email"),
        QStringLiteral("text"),       QStringLiteral("book"),     QStringLiteral("stick"),
        QStringLiteral("get"),        QStringLiteral("put"),      QStringLiteral("place"),
    };
    static const QRegularExpression firstWord = re(QStringLiteral("^\\W*(\\w+)"));
    const QRegularExpressionMatch m = firstWord.match(text);
    return m.hasMatch() && verbs.contains(m.captured(1).toLower());
}

} // namespace kdd
