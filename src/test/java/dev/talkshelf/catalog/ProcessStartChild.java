package dev.talkshelf.catalog;

/** The process {@link ImportJournalOwnerTest} and {@link ProcessStartTest} start: prints the start it reads of a pid. */
public final class ProcessStartChild {
    private ProcessStartChild() {
    }

    public static void main(String[] args) {
        System.out.println(ProcessStart.of(Long.parseLong(args[0])).orElseThrow().value());
    }
}
