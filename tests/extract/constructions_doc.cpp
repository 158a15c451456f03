// docs/constructions.md and the construction table (cases.hpp) say the same thing: every row of
// the table is a row of the page, every table row of the page is a row of the table, and the
// negatives listed under "Not temporal expressions" are the table's negatives. The message of a
// failure is the exact line to add to (or remove from) the page.
#include "cases.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view table_header = "| sentence | DCT | extent | type | value | mod |";
constexpr std::string_view negatives_heading = "## Not temporal expressions";

/// A cell of a Markdown table: '|' inside it is escaped.
std::string cell(std::string_view s) {
    std::string out;
    for (char ch : s) {
        if (ch == '|') out += '\\';
        out += ch;
    }
    return out;
}

/// The page's line for one row of the table.
std::string render(const kairos::test::construction& c) {
    std::string value = "`" + std::string(c.value) + "`";
    if (!c.range_begin.empty())
        value += " from `" + std::string(c.range_begin) + "` to `" + std::string(c.range_end) + "`";
    return "| " + cell(c.text) + " | " + std::string(c.dct) + " | `" + cell(c.extent) + "` | " +
           std::string(c.type) + " | " + value + " | " + std::string(c.mod) + " |";
}

std::string trim_right(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
    return s;
}

struct page {
    std::map<std::string, int> rows;      ///< construction table rows, with their count
    std::map<std::string, int> negatives; ///< bullet items of the negatives section
};

page read_page() {
    std::ifstream in(std::string(KAIROS_SOURCE_DIR) + "/docs/constructions.md");
    REQUIRE(in.good());
    page p;
    std::string line;
    bool in_table = false;
    bool in_negatives = false;
    while (std::getline(in, line)) {
        line = trim_right(line);
        if (line.rfind("## ", 0) == 0) in_negatives = line == negatives_heading;
        if (line == table_header) {
            in_table = true;
            continue;
        }
        if (in_table && line.rfind("|---", 0) == 0) continue;
        if (in_table && line.rfind("| ", 0) == 0) {
            ++p.rows[line];
            continue;
        }
        in_table = false;
        if (in_negatives && line.rfind("- ", 0) == 0) ++p.negatives[line.substr(2)];
    }
    return p;
}

/// What `want` has more of than `have`, one line per missing copy.
std::string missing(const std::map<std::string, int>& want,
                    const std::map<std::string, int>& have) {
    std::ostringstream out;
    for (const auto& [line, n] : want) {
        const auto it = have.find(line);
        for (int k = it == have.end() ? 0 : it->second; k < n; ++k) out << line << '\n';
    }
    return out.str();
}

} // namespace

TEST_CASE("every construction row is on docs/constructions.md and every page row is a case") {
    const page p = read_page();
    std::map<std::string, int> table;
    for (const auto& c : kairos::test::constructions) ++table[render(c)];
    const std::string not_on_page = missing(table, p.rows);
    const std::string not_in_table = missing(p.rows, table);
    INFO("rows of cases.hpp missing from docs/constructions.md:\n" << not_on_page);
    INFO("rows of docs/constructions.md that are no case of cases.hpp:\n" << not_in_table);
    CHECK(not_on_page.empty());
    CHECK(not_in_table.empty());
}

TEST_CASE("the negatives on docs/constructions.md are the negatives of the table") {
    const page p = read_page();
    std::map<std::string, int> table;
    for (std::string_view text : kairos::test::negatives) ++table[std::string(text)];
    const std::string not_on_page = missing(table, p.negatives);
    const std::string not_in_table = missing(p.negatives, table);
    INFO("negatives of cases.hpp missing from the page:\n" << not_on_page);
    INFO("negatives on the page that are not in cases.hpp:\n" << not_in_table);
    CHECK(not_on_page.empty());
    CHECK(not_in_table.empty());
}

TEST_CASE("a row renders as the page writes it") {
    const kairos::test::construction c{"A | B.", "2025-09-17", "B", "DATE", "2025", "END"};
    CHECK(render(c) == "| A \\| B. | 2025-09-17 | `B` | DATE | `2025` | END |");
    const kairos::test::construction r{"Held July 13-15.", "2013-07-01", "July 13-15",
                                       "DURATION",         "P3D",        "",
                                       "2013-07-13",       "2013-07-15"};
    CHECK(render(r) ==
          "| Held July 13-15. | 2013-07-01 | `July 13-15` | DURATION | `P3D` from `2013-07-13` to "
          "`2013-07-15` |  |");
}
