// Lists typed into one field: partners, leaders, stratification dimensions.
#include "catchqt.h"

#include "model/textlists.h"

using namespace kdd;

TEST_CASE("typed lists split on commas, semicolons and line breaks", "[model]")
{
    const QStringList ab{QStringLiteral("A"), QStringLiteral("B")};
    CHECK(splitUserList(QStringLiteral("A,B")) == ab);
    CHECK(splitUserList(QStringLiteral("A; B")) == ab);
    CHECK(splitUserList(QStringLiteral("A\nB")) == ab);
    CHECK(splitUserList(QStringLiteral("A\r\nB\r\n")) == ab);
    CHECK(splitUserList(QStringLiteral("A\u2028B")) == ab);
    // Spaces inside an item stay; only the ends are trimmed.
    CHECK(splitUserList(QStringLiteral("  City council , Local  school\t"))
          == QStringList{QStringLiteral("City council"), QStringLiteral("Local  school")});
}

TEST_CASE("typed lists drop empty items and repeats", "[model]")
{
    CHECK(splitUserList(QString()).isEmpty());
    CHECK(splitUserList(QStringLiteral(" , ;\n ,")).isEmpty());
    CHECK(splitUserList(QStringLiteral(",A,,B,"))
          == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    // The first of a repeated item keeps its place; a different spelling is a different item.
    CHECK(splitUserList(QStringLiteral("age-group, race; age-group\nAge-group, race "))
          == QStringList{QStringLiteral("age-group"), QStringLiteral("race"),
                         QStringLiteral("Age-group")});
    CHECK(splitUserList(QStringLiteral("A; B,, a,\nB "))
          == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("a")});
}
