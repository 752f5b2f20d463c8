package dev.talkshelf.service;

import dev.talkshelf.app.Library;
import dev.talkshelf.model.Cue;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Attaching a one-hour talk's captions (issue #16: at most 50 ms): a YouTube automatic-caption file written here
 * (~900 cues after de-duplication, each shown twice as it rolls, inline word timestamps), attached to talks of a
 * copy of a generated library ({@code generate --talks 10000 --transcripts}), each attach replacing the talk's
 * transcript. Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * dev.talkshelf.service.AttachBenchmark LIBRARY [runs]}.
 */
public final class AttachBenchmark {
    /**
     * Attaches before the measured ones: the first ~10 of a JVM run the parser before the JIT has compiled it (~40 ms
     * of CPU each, against ~20 once compiled); 5 put those in the p95 of 60.
     */
    private static final int WARM_UP = 20;
    private AttachBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path original = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path dir = Files.createTempDirectory("attach-bench");
        Path copy = dir.resolve("library.db");
        Files.copy(original, copy, StandardCopyOption.REPLACE_EXISTING);
        Transcript hour = new GeneratedTranscripts().transcript(Duration.ofHours(1), 1, new Random(7));
        Path vtt = dir.resolve("one-hour.en.vtt");
        Files.writeString(vtt, autoCaptions(hour.cues()));
        try (var services = Library.open(copy, Clock.systemUTC())) {
            List<TalkId> talks = services.search().search("", SortKey.ADDED, false, 0, runs + WARM_UP).talks().stream()
                    .map(t -> t.id()).toList();
            double[] ms = new double[runs];
            double[] cpu = new double[runs];
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < runs + WARM_UP; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                TranscriptService.Attached a = services.transcripts().attach(talks.get(i), vtt);
                double took = (System.nanoTime() - t0) / 1e6;
                if (i >= WARM_UP) {
                    ms[i - WARM_UP] = took;
                    cpu[i - WARM_UP] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                    if (Boolean.getBoolean("each")) { // -Deach=true: every run in order, to see where the slow ones fall
                        System.out.printf("run %d: %.1f ms, cpu %.1f ms%n", i - WARM_UP, ms[i - WARM_UP], cpu[i - WARM_UP]);
                    }
                }
                if (i == 0) {
                    System.out.printf("file %,d bytes, %d cues after de-duplication; the first attach of this JVM %.1f ms%n",
                            Files.size(vtt), a.cues(), took);
                }
            }
            double[] parse = new double[runs];
            double[] parseCpu = new double[runs];
            for (int i = 0; i < runs; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                dev.talkshelf.formats.TranscriptFiles.read(vtt);
                parse[i] = (System.nanoTime() - t0) / 1e6;
                parseCpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            Arrays.sort(parse);
            Arrays.sort(parseCpu);
            System.out.printf("of which reading the file: p50 %.1f ms, p95 %.1f ms (cpu p50 %.1f ms)%n", parse[runs / 2],
                    parse[(int) Math.ceil(runs * 0.95) - 1], parseCpu[runs / 2]);
            Arrays.sort(ms);
            Arrays.sort(cpu);
            System.out.printf("cpu of the attach: p50 %.1f ms, p95 %.1f ms; load average %.2f%n", cpu[runs / 2],
                    cpu[(int) Math.ceil(runs * 0.95) - 1],
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("attach one hour: p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d runs (after %d warm-up)%n",
                    ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], runs, WARM_UP);
        }
    }

    /** Cues as YouTube writes automatic captions: each line rolls up under the next, words with inline timestamps. */
    static String autoCaptions(List<Cue> cues) {
        StringBuilder s = new StringBuilder("WEBVTT\nKind: captions\nLanguage: en\n\n");
        String previous = " ";
        for (Cue cue : cues) {
            long a = cue.start().toMillis();
            long b = cue.end().toMillis();
            String[] words = cue.text().split(" ");
            s.append(time(a)).append(" --> ").append(time(b)).append(" align:start position:0%\n").append(previous).append('\n');
            s.append(words[0]);
            for (int w = 1; w < words.length; w++) {
                s.append('<').append(time(a + (b - a) * w / words.length)).append("><c> ").append(words[w]).append("</c>");
            }
            s.append("\n\n");
            s.append(time(b)).append(" --> ").append(time(b + 10)).append(" align:start position:0%\n").append(cue.text())
                    .append("\n \n\n");
            previous = cue.text();
        }
        return s.toString();
    }

    private static String time(long ms) {
        return "%02d:%02d:%02d.%03d".formatted(ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
