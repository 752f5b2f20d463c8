package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Names;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleParserTest {
    private final TitleParser parser = new TitleParser();

    @Test
    void everySeedLineMatchesTheTruthTable() throws IOException {
        List<Executable> checks = new ArrayList<>();
        for (String row : resourceLines("/formats/titles/seed-truth.tsv").subList(1, 21)) {
            String[] cols = row.split("\t", -1);
            ParsedTitle parsed = parser.parse(cols[0]);
            List<String> speakers = cols[2].isEmpty() ? List.of() : List.of(cols[2].split(";"));
            String event = cols[3].isEmpty() ? null : cols[3];
            checks.add(() -> assertEquals(new ParsedTitle(cols[1], speakers, event), parsed, cols[0]));
        }
        assertEquals(20, checks.size());
        assertAll(checks);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', textBlock = """
            Beyond PEP 8 - Raymond Hettinger	Beyond PEP 8	Raymond Hettinger
            Modern Python Dictionaries — Raymond Hettinger	Modern Python Dictionaries	Raymond Hettinger
            Why Rust? - Jean-Luc Picard	Why Rust?	Jean-Luc Picard
            Packaging in 2024 - Guido van Rossum	Packaging in 2024	Guido van Rossum
            Structural pattern matching - Brandt Bucher	Structural pattern matching	Brandt Bucher
            Writing a C extension - Conor O'Brien	Writing a C extension	Conor O'Brien
            The GIL is dead - Łukasz Langa	The GIL is dead	Łukasz Langa
            Type hints in practice - Anna-Lena Popkes	Type hints in practice	Anna-Lena Popkes
            Rust for Pythonistas - Nadia Al Rashid	Rust for Pythonistas	Nadia Al Rashid
            Async all the way down - J. R. Hartley	Async all the way down	J. R. Hartley
            Teaching Python - Marta Dos Santos	Teaching Python	Marta Dos Santos
            """)
    void speakerAfterDashIsExtracted(String raw, String title, String speaker) {
        assertEquals(new ParsedTitle(title, List.of(speaker), null), parser.parse(raw));
    }

    @Test
    void speakerAfterPipeWithEventIsExtracted() {
        assertEquals(new ParsedTitle("Faster CPython", List.of("Mark Shannon"), "PyCon US 2024"),
                parser.parse("Faster CPython | Mark Shannon | PyCon US 2024"));
    }

    @Test
    void speakerBetweenBulletsIsExtractedWithEvent() {
        assertEquals(new ParsedTitle("Domain-Driven Design in Practice", List.of("Eric Evans"), "GOTO 2023"),
                parser.parse("Domain-Driven Design in Practice • Eric Evans • GOTO 2023"));
    }

    @Test
    void speakerFirstWithEventIsExtracted() {
        assertEquals(new ParsedTitle("Performance Excuses Debunked", List.of("Casey Muratori"), "CppCon 2023"),
                parser.parse("Casey Muratori – Performance Excuses Debunked – CppCon 2023"));
    }

    @Test
    void speakerBeforeColonIsExtractedWhenTheGivenNameIsCommon() {
        assertEquals(new ParsedTitle("Modern Python Dictionaries", List.of("Raymond Hettinger"), null),
                parser.parse("Raymond Hettinger: Modern Python Dictionaries"));
    }

    @Test
    void knownSpeakerBeforeColonIsExtractedEvenWithARareGivenName() {
        TitleParser knowing = new TitleParser(name -> Names.key(name).equals("hynek schlawack"));
        assertEquals(new ParsedTitle("Design Pressure", List.of("Hynek Schlawack"), null),
                knowing.parse("Hynek Schlawack: Design Pressure"));
    }

    @Test
    void unknownCapitalizedPairBeforeColonStaysInTitle() {
        assertEquals(noSpeaker("Quantum Tunnels: Why Nothing Works"), parser.parse("Quantum Tunnels: Why Nothing Works"));
    }

    @Test
    void eventBeforeColonIsExtracted() {
        assertEquals(new ParsedTitle("Lightning Talks", List.of(), "EuroPython 2023"),
                parser.parse("EuroPython 2023: Lightning Talks"));
    }

    @Test
    void eventInTrailingParenthesesIsExtracted() {
        assertEquals(new ParsedTitle("Descriptors explained", List.of(), "PyCon US 2019"),
                parser.parse("Descriptors explained (PyCon US 2019)"));
    }

    @Test
    void eventInParenthesesAfterTheSpeakerIsExtracted() {
        assertEquals(new ParsedTitle("Descriptors explained", List.of("Eric Snow"), "PyCon US 2019"),
                parser.parse("Descriptors explained - Eric Snow (PyCon US 2019)"));
    }

    @Test
    void speakerAfterByIsExtracted() {
        assertEquals(new ParsedTitle("A tour of the borrow checker", List.of("Sarah Johnson"), null),
                parser.parse("A tour of the borrow checker by Sarah Johnson"));
    }

    @Test
    void productAfterByIsNotASpeaker() {
        assertEquals(noSpeaker("Event streaming powered by Apache Kafka"),
                parser.parse("Event streaming powered by Apache Kafka"));
    }

    @Test
    void speakersJoinedByAmpersandAreSplitInOrder() {
        assertEquals(List.of("Lysandros Nikolaou", "Nathan Goldbaum"),
                parser.parse("Free-threading in practice - Lysandros Nikolaou & Nathan Goldbaum").speakers());
    }

    @Test
    void speakersJoinedByCommasAndAndAreSplitInOrder() {
        assertEquals(List.of("Anna Smith", "Bob Jones", "Carla Diaz"),
                parser.parse("Panel: the future of typing - Anna Smith, Bob Jones and Carla Diaz").speakers());
    }

    @Test
    void speakersJoinedByOxfordCommaAreSplit() {
        assertEquals(List.of("Anna Smith", "Bob Jones", "Carla Diaz"),
                parser.parse("Typing panel - Anna Smith, Bob Jones, and Carla Diaz").speakers());
    }

    @Test
    void knownSingleWordSpeakerIsAccepted() {
        TitleParser knowing = new TitleParser(name -> name.equals("ThePrimeagen"));
        assertEquals(new ParsedTitle("Why I left Rust", List.of("ThePrimeagen"), null),
                knowing.parse("Why I left Rust - ThePrimeagen"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Async Rust explained in 20 minutes",
            "Python under the Hood - Memory and a Notional Machine",
            "Protocols vs ABCs in Python - When to Use Which One?",
            "Python Packaging - Best Practices",
            "Rust Ownership - Borrowing and Lifetimes",
            "Data Science - Pandas and Polars",
            "Django Rest Framework - Tips and Tricks",
            "Testing in Python - Part 2",
            "Ownership - Memory Safety Without Garbage Collection",
            "Threads and Processes - Explained",
            "Trees and Graphs - Interview Prep",
            "Founder Video: Interface Enhancements",
            "Stand by Me",
            "Python 3.13 - What's New",
            "Kubernetes the Hard Way - Kelsey Style",
            "Rust Tutorial - Smart Pointers",
            "Deploying Django | Docker Compose",
            "Metaclasses Demystified",
            "Python in 2024 - State of the Union",
            "The Zen of Python | A Retrospective",
            "GIL or no GIL: Benchmarks",
            "Inspired by Ada Lovelace",
            "Grace Period: Handling Deadlines",
            "Max Performance: Tuning Postgres",
            "Distributed Python - Ray",
    })
    void subtitlesAndTopicsAreNotSpeakers(String raw) {
        ParsedTitle parsed = parser.parse(raw);
        assertTrue(parsed.speakers().isEmpty(), () -> raw + " gave speakers " + parsed.speakers());
        assertEquals(raw, parsed.title());
    }

    @Test
    void sponsorNoteStaysInTitle() {
        String raw = "Scaling inference (Sponsor: NVIDIA) - Priya Patel";
        assertEquals(new ParsedTitle("Scaling inference (Sponsor: NVIDIA)", List.of("Priya Patel"), null), parser.parse(raw));
    }

    @Test
    void emojiStayInTitle() {
        assertEquals(new ParsedTitle("🦀 Rust in Production 🚀", List.of("Amy Lee"), null),
                parser.parse("🦀 Rust in Production 🚀 - Amy Lee"));
    }

    @Test
    void eventWithExclamationMarkAndShortNameIsRecognized() {
        assertEquals("YOW! 2024", parser.parse("Fast Builds • Dave Farley • YOW! 2024").event());
        assertEquals("BSC 2025", parser.parse("Casey Muratori – Cache Lines – BSC 2025").event());
    }

    @Test
    void eventYearIsReadFromTheEvent() {
        assertEquals(2023, parser.parse("Async robots - Radomir Dopieralski - EuroPython 2023").eventYear());
    }

    @Test
    void eventAloneAfterDashIsExtractedWithoutSpeaker() {
        assertEquals(new ParsedTitle("Keynote: Building Python", List.of(), "PyCon US 2024"),
                parser.parse("Keynote: Building Python - PyCon US 2024"));
    }

    @Test
    void yearInsideTheTitleIsNotAnEvent() {
        assertNull(parser.parse("What changed in Python in 2024").event());
    }

    @Test
    void versionNumberIsNotAnEvent() {
        assertNull(parser.parse("How Much FASTER Is Python 3.13 Without the GIL?").event());
    }

    @Test
    void extraSpacesAreCollapsed() {
        assertEquals(new ParsedTitle("Metaclasses Demystified", List.of("Jason C. McDonald"), null),
                parser.parse("  Metaclasses   Demystified  -  Jason C. McDonald "));
    }

    @Test
    void fileNameLosesExtensionVideoIdAndUnderscores() {
        assertEquals(new ParsedTitle("Metaclasses Demystified", List.of("Jason C. McDonald"), null),
                parser.parseFileName("Metaclasses_Demystified_-_Jason_C._McDonald [dQw4w9WgXcQ].mp4"));
    }

    @Test
    void fileNameWithFullWidthSeparatorsFromYtDlpIsRead() {
        assertEquals(new ParsedTitle("Faster CPython", List.of("Mark Shannon"), "PyCon US 2024"),
                parser.parseFileName("Faster CPython ｜ Mark Shannon ｜ PyCon US 2024 [abcdefghijk].webm"));
    }

    @Test
    void bracketThatIsNotAVideoIdStays() {
        assertEquals("Talk [slides]", parser.parseFileName("Talk [slides].mkv").title());
    }

    @Test
    void stripVideoIdRemovesOnlyTheTrailingId() {
        assertEquals("Talk - Ann Lee", TitleParser.stripVideoId("Talk - Ann Lee [dQw4w9WgXcQ]"));
        assertEquals("Talk [x]", TitleParser.stripVideoId("Talk [x]"));
    }

    @Test
    void artistFirstReadsSpeakersBeforeTheDash() {
        assertEquals(new ParsedTitle("Protocols vs ABCs in Python - When to Use Which One?", List.of("Ann Lee", "Bob Ray"), null),
                parser.parseArtistFirst("Ann Lee, Bob Ray - Protocols vs ABCs in Python - When to Use Which One?"));
    }

    @Test
    void artistFirstFallsBackToTitleFirst() {
        assertEquals(new ParsedTitle("Metaclasses Demystified", List.of("Jason C. McDonald"), null),
                parser.parseArtistFirst("Metaclasses Demystified - Jason C. McDonald"));
    }

    @Test
    void emptyLineGivesEmptyTitle() {
        assertEquals(noSpeaker(""), parser.parse("   "));
    }

    @Test
    void generatedNameListsAreReadBack() {
        Set<String> firsts = Set.of("Anna", "Bruno", "Chen", "Dmitry", "Elena", "Fatima");
        Set<String> lasts = Set.of("Kowalski", "Okafor", "Nguyen", "Schmidt", "García", "Tanaka");
        for (String first : firsts) {
            for (String last : lasts) {
                String name = first + " " + last;
                assertEquals(List.of(name), parser.parse("A talk about caching - " + name).speakers(), name);
            }
        }
        String joined = Arrays.stream(new String[]{"Anna Okafor", "Chen Nguyen"}).collect(Collectors.joining(" and "));
        assertEquals(List.of("Anna Okafor", "Chen Nguyen"), parser.parse("Caching - " + joined).speakers());
    }

    @Test
    void speakerAfterDashWithEventAfterPipeIsExtracted() {
        assertEquals(new ParsedTitle("Fearless Concurrency in Rust", List.of("Jane Doe"), "RustConf 2023"),
                parser.parse("Fearless Concurrency in Rust - Jane Doe | RustConf 2023"));
    }

    @Test
    void surnamesBeforeAColonWithAnEventAreSpeakers() {
        assertEquals(new ParsedTitle("Caching at the Edge", List.of("Okafor", "Tanaka", "Schmidt"), "DjangoCon 2022"),
                parser.parse("Okafor, Tanaka, Schmidt: Caching at the Edge | DjangoCon 2022"));
    }

    @Test
    void pluralsBeforeAColonWithAnEventAreNotSurnames() {
        assertEquals(new ParsedTitle("Lists, Tuples and Sets: Python data structures", List.of(), "PyCon US 2023"),
                parser.parse("Lists, Tuples and Sets: Python data structures | PyCon US 2023"));
    }

    @Test
    void capitalizedWordsBeforeAColonWithoutAnEventStayInTheTitle() {
        assertEquals(noSpeaker("Lists, Tuples: What to Pick"), parser.parse("Lists, Tuples: What to Pick"));
    }

    @Test
    void speakerBeforeColonWithEventIsExtracted() {
        assertEquals(new ParsedTitle("Caching at the Edge", List.of("Fatima Okafor"), "DjangoCon 2022"),
                parser.parse("Fatima Okafor: Caching at the Edge | DjangoCon 2022"));
    }

    @Test
    void lowerCaseNameAfterDashIsASpeakerWhenItStartsWithAGivenName() {
        assertEquals(new ParsedTitle("Caching at the edge", List.of("elena kowalski"), null),
                parser.parse("Caching at the edge - elena kowalski"));
    }

    @Test
    void lowerCaseSubtitleAfterDashIsNotASpeaker() {
        assertEquals(noSpeaker("Caching at the edge - what could go wrong"), parser.parse("Caching at the edge - what could go wrong"));
    }

    @Test
    void singleGivenNameBetweenTitleAndEventIsASpeaker() {
        assertEquals(new ParsedTitle("Caching at the edge", List.of("Dmitry"), "DjangoCon 2022"),
                parser.parse("Caching at the edge | Dmitry | DjangoCon 2022"));
    }

    @Test
    void speakerAfterTitleEndingInAnEmojiIsExtracted() {
        assertEquals(new ParsedTitle("Caching at the edge 🚀", List.of("Bruno Nguyen"), null),
                parser.parse("Caching at the edge 🚀 - Bruno Nguyen"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {" - ", " – "})
    void speakerFirstThenTitleThenEventIsExtracted(String dash) {
        assertEquals(new ParsedTitle("Caching at the edge", List.of("Bruno Nguyen"), "DjangoCon 2022"),
                parser.parse("Bruno Nguyen" + dash + "Caching at the edge" + dash + "DjangoCon 2022"));
    }

    @Test
    void speakerByWithEventInBracketsIsExtracted() {
        assertEquals(new ParsedTitle("Caching at the edge", List.of("Elena Schmidt", "Chen Tanaka"), "DjangoCon 2022"),
                parser.parse("Caching at the edge by Elena Schmidt and Chen Tanaka (DjangoCon 2022)"));
    }

    @Test
    void speakerAndEventInOneBracketAreExtracted() {
        assertEquals(new ParsedTitle("Caching at the edge", List.of("Elena Schmidt"), "DjangoCon 2022"),
                parser.parse("Caching at the edge (Elena Schmidt, DjangoCon 2022)"));
    }

    @Test
    void eventInLeadingBracketsIsExtracted() {
        assertEquals(new ParsedTitle("Caching at the edge", List.of("Elena Schmidt"), "DjangoCon 2022"),
                parser.parse("[DjangoCon 2022] Caching at the edge - Elena Schmidt"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Talk", "Keynote", "Tutorial"})
    void formatPrefixBeforeSpeakerAndTitleIsDropped(String format) {
        assertEquals(new ParsedTitle("Caching at the edge", List.of("Elena Schmidt"), null),
                parser.parse(format + " - Elena Schmidt: Caching at the edge"));
    }

    @Test
    void aFormatPresentedBySomeoneIsTheTitleWithItsSpeaker() {
        assertEquals(new ParsedTitle("Keynote", List.of("Carol Willing"), null),
                parser.parse("Keynote - presented by Carol Willing"));
    }

    @Test
    void presentedByLeavesNoDashInTheTitle() {
        assertEquals(new ParsedTitle("Caching at the edge", List.of("Elena Schmidt"), null),
                parser.parse("Caching at the edge - presented by Elena Schmidt"));
    }

    @Test
    void doctorTitleIsDroppedFromTheName() {
        assertEquals(new ParsedTitle("Caching at the edge", List.of("Elena Schmidt", "Chen Tanaka"), "DjangoCon 2022"),
                parser.parse("Caching at the edge | Dr. Elena Schmidt & Prof Chen Tanaka | DjangoCon 2022"));
    }

    @Test
    void initialsAndParticlesMakeNames() {
        assertEquals(List.of("E. Schmidt", "Maria de las Nieves Ortega", "Roy M Kowalski"),
                parser.parse("Caching at the edge • E. Schmidt, Maria de las Nieves Ortega and Roy M Kowalski • DjangoCon 2022").speakers());
    }

    @Test
    void batchLayoutLetsAOneWordSpeakerThrough() {
        List<String> lines = List.of("Caching at the edge - Elena Schmidt", "Typing in anger - Bruno Nguyen",
                "Rust for the curious - Chen Tanaka", "Queues and you - Fatima Okafor", "Teaching loops - Anna Kowalski",
                "Fish and chips with Kafka - Tibs");
        TitleBatch batch = parser.parseBatch(lines);
        assertEquals(new ParsedTitle("Fish and chips with Kafka", List.of("Tibs"), null), batch.titles().get(5));
        assertEquals("Title - Speaker (5 of 6 lines)", batch.layout().describe());
        assertEquals(noSpeaker("Fish and chips with Kafka - Tibs"), parser.parse("Fish and chips with Kafka - Tibs"));
    }

    @Test
    void batchLayoutDoesNotTurnSubtitlesIntoSpeakers() {
        List<String> lines = List.of("Caching at the edge - Elena Schmidt", "Typing in anger - Bruno Nguyen",
                "Rust for the curious - Chen Tanaka", "Queues and you - Fatima Okafor", "Teaching loops - Anna Kowalski",
                "Python Packaging - Best Practices", "Testing in Python - Part 2", "Metaclasses - how they work");
        List<ParsedTitle> titles = parser.parseBatch(lines).titles();
        for (int i = 5; i < lines.size(); i++) {
            assertEquals(noSpeaker(lines.get(i)), titles.get(i));
        }
    }

    @Test
    void batchOfTitlesWithoutSpeakersFindsNoLayout() {
        List<String> lines = List.of("Async Rust explained in 20 minutes", "Python Packaging - Best Practices",
                "Rust Ownership - Borrowing and Lifetimes", "Founder Video: Interface Enhancements", "It finally happened",
                "Deploying Django | Docker Compose", "Testing in Python - Part 2");
        TitleBatch batch = parser.parseBatch(lines);
        assertNull(batch.layout());
        assertTrue(batch.titles().stream().allMatch(t -> t.speakers().isEmpty()));
    }

    @Test
    void fewerThanFiveLinesMakeNoLayout() {
        assertNull(parser.parseBatch(List.of("Caching - Elena Schmidt", "Typing - Bruno Nguyen", "Loops - Tibs")).layout());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Siddhartha Ramaswamy: Profiling Python Services  | Profiling Python Services | Siddhartha Ramaswamy",
        "Profiling Python Services by Siddhartha Ramaswamy | Profiling Python Services | Siddhartha Ramaswamy",
        "Talk - Siddhartha Ramaswamy: Profiling Python Services | Profiling Python Services | Siddhartha Ramaswamy",
        "Profiling Python Services - siddhartha ramaswamy | Profiling Python Services | siddhartha ramaswamy",
        "Profiling Python Services - Siddhartha R | Profiling Python Services | Siddhartha R",
        "Max Kahan: pip install malware | pip install malware | Max Kahan"})
    void aNameWhoseWordsAreNoEnglishWordsIsSureWithoutAListedGivenName(String raw, String title, String speaker) {
        assertEquals(new ParsedTitle(title, List.of(speaker), null), parser.parse(raw));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Grace Period: Handling Deprecations",
        "Kedro Viz: Visualising Data Pipelines",
        "Pydantic Logfire: Observability for Python",
        "PyScript Pyodide: Python in the Browser",
        "Python Packaging - pip install malware",
        "Event Streaming by Apache Kafka",
        "San Francisco: A Python Meetup Story"})
    void englishWordsPlacesAndProjectNamesStayInTheTitle(String raw) {
        assertEquals(noSpeaker(raw), parser.parse(raw));
    }

    @Test
    void surnamesEndingInSThatAreNoEnglishPluralsMakeAList() {
        assertEquals(new ParsedTitle("Typing at Scale", List.of("Wojcik", "Haines"), "PyCon US 2024"),
                parser.parse("Wojcik, Haines: Typing at Scale | PyCon US 2024"));
        assertEquals(new ParsedTitle("Lists, Tuples and Sets: Choosing a Container", List.of(), "PyCon US 2023"),
                parser.parse("Lists, Tuples and Sets: Choosing a Container | PyCon US 2023"));
    }

    @Test
    void oneWordNameBesideTheEventInBracketsIsTheSpeaker() {
        assertEquals(new ParsedTitle("Fish and Chips and Kafka", List.of("Tibs"), "EuroPython 2023"),
                parser.parse("Fish and Chips and Kafka (Tibs, EuroPython 2023)"));
        assertEquals(new ParsedTitle("Fish and Chips and Kafka (Remote, EuroPython 2023)", List.of(), null),
                parser.parse("Fish and Chips and Kafka (Remote, EuroPython 2023)"));
    }

    @Test
    void aProjectNamedLikeAPersonBeforeAColonIsNoSpeaker() {
        assertEquals(new ParsedTitle("Robyn: A Python Web Framework", List.of(), "PyCon US 2023"),
                parser.parse("Robyn: A Python Web Framework | PyCon US 2023"));
    }

    private static ParsedTitle noSpeaker(String title) {
        return new ParsedTitle(title, List.of(), null);
    }

    private static List<String> resourceLines(String resource) throws IOException {
        try (InputStream in = TitleParserTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
