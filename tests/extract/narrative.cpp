// Narrative text (issue 17, construction 8): with text_kind::narrative, years, seasons and
// months the text leaves open follow the last date the story stated, not the DCT.
#include "run.hpp"

#include <doctest/doctest.h>
#include <kairos/extractor.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct expect {
    std::string_view extent;
    std::string_view value;
};

std::vector<std::pair<std::string, std::string>> mentions(std::string_view text,
                                                          kairos::text_kind kind) {
    kairos::extract_options o;
    o.dct = *kairos::parse_anchor("2024-05-01");
    o.link_events = false;
    o.doc_type = kind;
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& m : kairos::test::engine().extract(text, o).mentions)
        out.emplace_back(m.text, m.value.str());
    return out;
}

void check_story(std::string_view text, std::initializer_list<expect> want,
                 kairos::text_kind kind = kairos::text_kind::narrative) {
    CAPTURE(text);
    const auto got = mentions(text, kind);
    for (const expect& e : want) {
        CAPTURE(e.extent);
        std::string value = "(none)";
        for (const auto& [t, v] : got)
            if (t == e.extent) value = v;
        CHECK(value == e.value);
    }
}

} // namespace

TEST_CASE("a war history: open seasons and years follow the story") {
    check_story("The division landed in Sicily in July 1943. That autumn it fought its way up the "
                "peninsula, and in the spring it was still short of Rome. By late 1944 it had "
                "reached the mountains; the following year the war in Italy ended.",
                {{"July 1943", "1943-07"},
                 {"That autumn", "1943-FA"},
                 {"the spring", "1943-SP"},
                 {"late 1944", "1944"},
                 {"the following year", "1945"}});
}

TEST_CASE("a nineteenth-century history: open months follow the story's month") {
    check_story("The war began in April 1861. In July the armies met near the creek, and by "
                "December both sides had gone into winter camps. The 1860s changed the country "
                "more than any decade of the 19th century.",
                {{"April 1861", "1861-04"},
                 {"July", "1861-07"},
                 {"December", "1861-12"},
                 {"The 1860s", "186"},
                 {"the 19th century", "18"}});
}

TEST_CASE("a biography: each stated year moves the story on") {
    check_story("She was born in Warsaw in 1867. In 1891 she moved to Paris, and that winter she "
                "lived on bread and tea. She married in July 1895; in September the couple "
                "toured the coast, and the next year she began her thesis.",
                {{"1867", "1867"},
                 {"1891", "1891"},
                 {"that winter", "1891-WI"},
                 {"July 1895", "1895-07"},
                 {"September", "1895-09"},
                 {"the next year", "1896"}});
}

TEST_CASE("news text keeps open months near the DCT") {
    const auto got =
        mentions("The war began in April 1861. In July the armies met.", kairos::text_kind::news);
    REQUIRE(got.size() == 2);
    CHECK(got[1].second == "2023-07"); // the July before the DCT, as a news story means it
}

// Encyclopedia-style stories in the project's own words: stated years, seasons and decades,
// "that summer", "the following year", "mid-1939", "late 1937", centuries BC and AD.

TEST_CASE("a history of a bridge: decades, seasons and the year after") {
    check_story("The bridge over the estuary was first proposed in 1928. Work stalled during the "
                "1930s, when the depression emptied the county's purse. In the spring of 1936 the "
                "council found new money, and that summer the first piers were sunk. By late 1937 "
                "the deck had reached midstream. The following year a flood carried away two "
                "spans. Engineers rebuilt them in mid-1939, and the bridge opened on 4 September "
                "1939, a day after war was declared.",
                {{"1928", "1928"},
                 {"the 1930s", "193"},
                 {"the spring of 1936", "1936-SP"},
                 {"that summer", "1936-SU"},
                 {"late 1937", "1937"},
                 {"The following year", "1938"},
                 {"mid-1939", "1939"},
                 {"4 September 1939", "1939-09-04"}});
}

TEST_CASE("a solicitor's life: counted years, winters and decades") {
    check_story("Maria Vance was born in Leeds in 1902. She left school at fourteen and two years "
                "later took a post at a mill office. In 1925 she moved to London. That winter she "
                "enrolled in night classes in law. She qualified in the summer of 1931 and opened "
                "her own practice the next year. During the war she advised refugee families. In "
                "the early 1950s she stood for Parliament, and she won the seat in 1955. She died "
                "in March 1979.",
                {{"1902", "1902"},
                 {"two years later", "1904"},
                 {"1925", "1925"},
                 {"That winter", "1925-WI"},
                 {"the summer of 1931", "1931-SU"},
                 {"the next year", "1932"},
                 {"the early 1950s", "195"},
                 {"1955", "1955"},
                 {"March 1979", "1979-03"}});
}

TEST_CASE("a regiment's war: days and seasons after the story's last date") {
    check_story("The regiment sailed for France in August 1914. By the autumn it had lost half its "
                "officers. Early in 1915 it was sent to Flanders. In the spring of 1916 it moved "
                "south to the Somme, and on 1 July the battalion went over the top. The survivors "
                "spent the winter in reserve. In late 1917 the regiment fought at Cambrai. The "
                "armistice came on 11 November 1918, and the regiment returned home the following "
                "spring.",
                {{"August 1914", "1914-08"},
                 {"the autumn", "1914-FA"},
                 {"the spring of 1916", "1916-SP"},
                 {"1 July", "1916-07-01"},
                 {"the winter", "1916-WI"},
                 {"late 1917", "1917"},
                 {"11 November 1918", "1918-11-11"},
                 {"the following spring", "1919-SP"}});
}

TEST_CASE("a city's history: centuries and years before and after Christ") {
    check_story("The city was founded by Greek settlers in the 7th century BC. It fell to Rome in "
                "212 BC after a long siege. In the 1st century AD it was a quiet provincial town. "
                "In the 11th century the Normans rebuilt the harbour walls. Until 1693, when an "
                "earthquake destroyed the old quarter, the walls stood. Much of the present town "
                "dates from the 18th century.",
                {{"the 7th century BC", "BC06"},
                 {"212 BC", "BC0212"},
                 {"the 1st century AD", "00"},
                 {"the 11th century", "10"},
                 {"1693", "1693"},
                 {"the 18th century", "17"}});
}

TEST_CASE("an expedition: months and seasons of a journey, a decade on") {
    check_story("The expedition left the coast in March 1846. In early June the party reached the "
                "mountains, and by mid-July the wagons were over the pass. That autumn snow came "
                "early. The survivors were rescued in February 1847. A decade later the route was "
                "a common road for settlers.",
                {{"March 1846", "1846-03"},
                 {"early June", "1846-06"},
                 {"mid-July", "1846-07"},
                 {"That autumn", "1846-FA"},
                 {"February 1847", "1847-02"},
                 {"A decade later", "1857"}});
}

// A relative year ("the following year", "two years later", "a year earlier", "the next
// spring") moves the story on: a later day or month without a year lands in the story's year,
// and "later that month" is the story's month.

constexpr std::string_view canal =
    "The canal company was formed in March 1792. Digging began that autumn, and the following "
    "year the first lock was finished on 14 May. Later that month the navvies struck for higher "
    "pay. Two years later the water reached the town, and in June the first barges arrived.";
constexpr std::string_view composer =
    "The composer was born in Prague in 1841 and entered the conservatory in 1857. Three years "
    "later he left it, and on 12 March he gave his first public concert. A year earlier he had "
    "written his first quartet; in November it was played in Leipzig.";

TEST_CASE("a canal's history: a day and a month after the following year land in it") {
    check_story(canal, {{"March 1792", "1792-03"},
                        {"that autumn", "1792-FA"},
                        {"the following year", "1793"},
                        {"14 May", "1793-05-14"},
                        {"Later that month", "1793-05"},
                        {"Two years later", "1795"},
                        {"June", "1795-06"}});
}

TEST_CASE("a composer's life: the story counts on, then back a year") {
    check_story(composer, {{"1857", "1857"},
                           {"Three years later", "1860"},
                           {"12 March", "1860-03-12"},
                           {"A year earlier", "1859"},
                           {"November", "1859-11"}});
}

TEST_CASE("a fortress's history: the next spring and a decade later") {
    check_story("The fortress fell to the Ottomans in 1521 after a siege of two months. The next "
                "spring the garrison rebuilt the walls, and in April a relief army arrived. A "
                "decade later the town had doubled in size, and on 3 June a great fire destroyed "
                "the market.",
                {{"1521", "1521"},
                 {"The next spring", "1522-SP"},
                 {"April", "1522-04"},
                 {"A decade later", "1532"},
                 {"3 June", "1532-06-03"}});
}

TEST_CASE("the previous year and the next month count from the story, not the DCT") {
    // a history: "the previous year" is the year before the story's
    check_story("The abbey was dissolved in 1539 and its lands sold in 1541. The previous year "
                "the monks had been pensioned off; in May the last prior left for London.",
                {{"The previous year", "1540"}, {"May", "1540-05"}}, kairos::text_kind::automatic);
    // a biography: "the previous month" is the month before the story's
    check_story("The painter was born in Lyon in 1850. He reached Tangier in November 1887, having "
                "left Paris the previous month.",
                {{"November 1887", "1887-11"}, {"the previous month", "1887-10"}},
                kairos::text_kind::automatic);
    // news counts them from the DCT
    check_story("Exports fell in March, the ministry said on Monday. The previous year they had "
                "grown 3%.",
                {{"The previous year", "2023"}}, kairos::text_kind::automatic);
}

TEST_CASE("the default options read a history and a biography as narratives") {
    check_story(canal, {{"14 May", "1793-05-14"}, {"June", "1795-06"}},
                kairos::text_kind::automatic);
    check_story(composer, {{"12 March", "1860-03-12"}, {"November", "1859-11"}},
                kairos::text_kind::automatic);
}

TEST_CASE("news that names one old year keeps its dates near the DCT") {
    // a weekday of the DCT's week and a report verb: the story is now, not in 1931
    check_story("The mill, which closed in 1931, will reopen on Friday, the owners said on "
                "Tuesday. In June they will hire 40 workers.",
                {{"1931", "1931"}, {"June", "2024-06"}}, kairos::text_kind::automatic);
    // two old years of a firm's past, and the news of this week
    check_story("The brewer, founded in 1887 and listed in 1902, named a new chief on Monday. In "
                "September it will open a plant in Ohio.",
                {{"1902", "1902"}, {"September", "2024-09"}}, kairos::text_kind::automatic);
}

// A development check in the project's own words, read with the default options (the document
// type picked from the text): a war history and a biography of several paragraphs each, DCT
// more than a century after their events. Every date of each is listed.

constexpr std::string_view railway_war =
    "The Northern Railway War was fought between the two coastal provinces from 1868 to 1871. "
    "Its cause was a quarrel over the line through the Karst valley, which both provinces had "
    "begun to build in the early 1860s.\n\nFighting began on 4 April 1868, when militia from "
    "the east seized the junction at Ostrava. In May the western army counterattacked, and by "
    "the end of June it had retaken the junction. That winter both sides dug in along the "
    "river.\n\nThe following year brought the war's worst battles. On 12 March the eastern "
    "army crossed the river at night; three days later it was thrown back with heavy losses. "
    "In the autumn the western government fell, and a new cabinet sued for an armistice in "
    "November.\n\nThe armistice did not hold. Fighting resumed in the spring of 1870 and went "
    "on until a treaty was signed at Graz on 21 January 1871. Two years later the line "
    "through the valley was finally opened, and in September the first train ran from coast "
    "to coast. By the 1880s the war was remembered mostly in songs.";

constexpr std::string_view teacher_life =
    "Agnes Morrow was born on a farm near Dundee in 1874, the fourth of seven children. Her "
    "father died in the winter of 1881, and the next year the family moved to Glasgow.\n\nShe "
    "trained as a teacher and in 1896 took a post at a mission school in Calcutta. In March "
    "1899 she married a surgeon, Thomas Hale; a year later their first son was born. In the "
    "summer the family went to the hills to escape the heat.\n\nThe couple returned to "
    "Scotland in 1905. That autumn Agnes published her first book, a study of village schools "
    "in Bengal. She was elected to the school board in 1911 and served until 1919. She died "
    "in Edinburgh on 2 February 1942.";

TEST_CASE("development check: a war history of several paragraphs, default options") {
    check_story(railway_war,
                {{"the early 1860s", "186"},
                 {"4 April 1868", "1868-04-04"},
                 {"May", "1868-05"},
                 {"the end of June", "1868-06"},
                 {"That winter", "1868-WI"},
                 {"The following year", "1869"},
                 {"12 March", "1869-03-12"},
                 {"the autumn", "1869-FA"},
                 {"November", "1869-11"},
                 {"the spring of 1870", "1870-SP"},
                 {"21 January 1871", "1871-01-21"},
                 {"Two years later", "1873"},
                 {"September", "1873-09"},
                 {"the 1880s", "188"}},
                kairos::text_kind::automatic);
}

TEST_CASE("development check: a biography of several paragraphs, default options") {
    check_story(teacher_life,
                {{"1874", "1874"},
                 {"the winter of 1881", "1881-WI"},
                 {"the next year", "1882"},
                 {"1896", "1896"},
                 {"March 1899", "1899-03"},
                 {"a year later", "1900"},
                 {"the summer", "1900-SU"},
                 {"1905", "1905"},
                 {"That autumn", "1905-FA"},
                 {"1911", "1911"},
                 {"1919", "1919"},
                 {"2 February 1942", "1942-02-02"}},
                kairos::text_kind::automatic);
}

TEST_CASE("a duration counted from an event the story dated") {
    // construction 4: the vote's date is known, so "two weeks after the vote" reaches a day
    const auto reach_of = [](std::string_view text, std::string_view extent) {
        const auto doc = kairos::test::run(text, "2025-09-14");
        for (const auto& m : doc.mentions)
            if (m.text == extent) {
                const kairos::reach* r = doc.reach_of(m);
                return r ? r->begin.str() + ".." + r->end.str() : std::string("(no reach)");
            }
        return std::string("(no mention)");
    };
    CHECK(reach_of("The vote was on May 3. Two weeks after the vote, the bill became law.",
                   "Two weeks") == "2025-05-17..2025-05-17");
    CHECK(reach_of("The May 3 vote was close; two weeks after the vote the speaker resigned.",
                   "two weeks") == "2025-05-17..2025-05-17");
    CHECK(reach_of("The election on Nov. 5, 2024 went smoothly. Three days before the election, "
                   "polls had shown a tie.",
                   "Three days") == "2024-11-02..2024-11-02");
    // no dated vote: the duration points nowhere
    CHECK(reach_of("Two weeks after the vote, the bill became law.", "Two weeks") == "(no reach)");
    CHECK(reach_of("The budget passed on May 3. Two weeks after the vote, the bill became law.",
                   "Two weeks") == "(no reach)");
}
