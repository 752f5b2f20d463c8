package dev.talkshelf.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerPlaceholdersTest {

    @Test
    void namesThatStandForNoOneArePlaceholders() {
        for (String name : List.of("Various Speakers", "various speakers", "Unknown", "TBA", "T.B.A.", "TBD", "Multiple speakers",
                "N/A", "n/a", "Staff", "Anonymous", "Speaker TBA", "Speakers to be announced", "Several presenters",
                "Unknown Speaker", "Guest speaker", "?", "—", "Unbekannt", "Inconnu", "Anónimo", "Varios ponentes", "Неизвестно", "不明")) {
            assertTrue(SpeakerPlaceholders.isPlaceholder(name), name);
        }
    }

    @Test
    void realNamesArePeople() {
        for (String name : List.of("Ann Lee", "Tba Okafor", "Staffan Jansson", "Anon Kumar", "Guido van Rossum", "Łukasz Langa",
                "Various Lee", "N. A. Smith", "Unknownsen", "李伟")) {
            assertFalse(SpeakerPlaceholders.isPlaceholder(name), name);
        }
    }

    @Test
    void peopleKeepsTheRealSpeakersInOrder() {
        assertEquals(List.of("Ann Lee", "Bo Chen"), SpeakerPlaceholders.people(List.of("TBA", "Ann Lee", "Various Speakers", "Bo Chen")));
        List<String> people = List.of("Ann Lee");
        assertTrue(SpeakerPlaceholders.people(people) == people, "nothing to drop: the same list");
    }
}
