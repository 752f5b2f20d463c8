package dev.talkshelf.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.WeekHours;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {

    @Test
    void underAnHourIsShownInMinutesAndMoreInTenthsOfHours() {
        assertEquals("40 min", DashboardViewModel.hours(Duration.ofMinutes(40)));
        assertEquals("1.5 h", DashboardViewModel.hours(Duration.ofMinutes(90)));
        assertEquals("250 h", DashboardViewModel.hours(Duration.ofHours(250)));
    }

    @Test
    void aWeekIsLabelledByItsMonday() {
        assertEquals("3 Mar", DashboardViewModel.weekLabel(new WeekHours(LocalDate.parse("2025-03-03"), Duration.ZERO)));
    }

    @Test
    void timeLeftIsUnknownRatherThanZeroWhenNoLengthIsKnown() {
        assertEquals("?", DashboardViewModel.timeLeft(new dev.talkshelf.model.TalkSummary(20, 3, Duration.ZERO)));
        assertEquals("0 min", DashboardViewModel.timeLeft(new dev.talkshelf.model.TalkSummary(20, 20, Duration.ZERO)));
        assertEquals("1.5 h", DashboardViewModel.timeLeft(new dev.talkshelf.model.TalkSummary(20, 3, Duration.ofMinutes(90))));
    }
}
