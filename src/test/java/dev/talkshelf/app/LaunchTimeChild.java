package dev.talkshelf.app;

/** The process {@link StartTimelineTest} starts: prints when its timeline says it was launched (epoch ms). */
public final class LaunchTimeChild {
    private LaunchTimeChild() {
    }

    public static void main(String[] args) {
        StartTimeline timeline = StartTimeline.ofThisProcess();
        long since = timeline.sinceLaunch();
        System.out.println(System.currentTimeMillis() - since);
    }
}
