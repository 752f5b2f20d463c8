package dev.talkshelf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class holding tests is one Surefire runs: a class whose name misses Surefire's patterns is silently skipped
 * by {@code mvn verify} (two property classes once never ran). The patterns are read from pom.xml, so changing the
 * includes or excludes there changes this check too.
 */
class TestClassNamesTest {
    /** Surefire's own includes when the pom names none. */
    private static final List<String> DEFAULT_INCLUDES = List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java",
            "**/*TestCase.java");
    /** JUnit 5 and jqwik annotations that make a method a test. */
    private static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.jupiter.api.Test",
            "org.junit.jupiter.api.RepeatedTest", "org.junit.jupiter.api.TestFactory", "org.junit.jupiter.api.TestTemplate",
            "org.junit.jupiter.params.ParameterizedTest", "net.jqwik.api.Property", "net.jqwik.api.Example",
            "com.tngtech.archunit.junit.ArchTest");

    @Test
    void everyClassWithTestsIsOneSurefireRuns() throws IOException {
        Path classes = Path.of(TestClassNamesTest.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<String> skipped = skippedClasses(classes, SurefirePatterns.fromPom(Path.of("pom.xml")),
                TestClassNamesTest.class.getClassLoader());
        assertEquals(List.of(), skipped, "these classes hold tests but Surefire does not run them: rename them to *Test");
    }

    @Test
    void aClassWithTestsNamedOutsideThePatternsIsReported(@TempDir Path dir) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/demo"));
        Files.writeString(sources.resolve("ParserChecks.java"), """
                package demo;
                class ParserChecks {
                    @org.junit.jupiter.api.Test void parses() { }
                    static class Inner { @net.jqwik.api.Property void holds() { } }
                }""");
        Files.writeString(sources.resolve("ParserTest.java"), """
                package demo;
                class ParserTest { @org.junit.jupiter.api.Test void parses() { } }""");
        Files.writeString(sources.resolve("SearchTestProperties.java"), """
                package demo;
                class SearchTestProperties { @net.jqwik.api.Property void holds() { } }""");
        Files.writeString(sources.resolve("SearchBenchmark.java"), """
                package demo;
                class SearchBenchmark { @org.junit.jupiter.api.Test void measures() { } }""");
        Files.writeString(sources.resolve("Helper.java"), """
                package demo;
                class Helper { void notATest() { } }""");
        Path out = Files.createDirectories(dir.resolve("classes"));
        compile(sources, out);

        List<String> skipped = skippedClasses(out, SurefirePatterns.fromPom(Path.of("pom.xml")),
                TestClassNamesTest.class.getClassLoader());

        assertEquals(List.of("demo.ParserChecks", "demo.SearchTestProperties"), skipped);
    }

    @Test
    void thePomsPatternsIncludeTheDefaultsAndExcludeBenchmarks() throws IOException {
        SurefirePatterns patterns = SurefirePatterns.fromPom(Path.of("pom.xml"));
        assertTrue(patterns.runs("dev/talkshelf/query/ParserTest"));
        assertTrue(patterns.runs("dev/talkshelf/query/ParserPropertiesTest"));
        assertTrue(!patterns.runs("dev/talkshelf/catalog/SearchBenchmark"));
        assertTrue(!patterns.runs("dev/talkshelf/model/NamesTestProperties"));
    }

    /** Top-level classes (by binary name) under {@code root} with test methods, which the patterns do not run. */
    static List<String> skippedClasses(Path root, SurefirePatterns patterns, ClassLoader parent) throws IOException {
        Set<String> skipped = new TreeSet<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, parent);
             Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String binaryName = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                String topLevel = relative.substring(0, relative.length() - ".class".length()).replaceFirst("\\$.*", "");
                if (binaryName.endsWith("module-info") || binaryName.endsWith("package-info")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(binaryName, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + binaryName + " to check its tests", e);
                }
                if (hasTests(type) && !patterns.runs(topLevel) && !patterns.excludes(topLevel)) {
                    skipped.add(topLevel.replace('/', '.'));
                }
            }
        }
        return new ArrayList<>(skipped);
    }

    private static boolean hasTests(Class<?> type) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            return false; // runs through the classes that extend it, which are checked themselves
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                for (Annotation a : m.getDeclaredAnnotations()) {
                    if (isTestAnnotation(a.annotationType())) {
                        return true;
                    }
                }
            }
            for (var f : c.getDeclaredFields()) {
                for (Annotation a : f.getDeclaredAnnotations()) {
                    if (isTestAnnotation(a.annotationType())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A test annotation, or one annotated with a test annotation (a composed one). */
    private static boolean isTestAnnotation(Class<? extends Annotation> type) {
        if (TEST_ANNOTATIONS.contains(type.getName())) {
            return true;
        }
        for (Annotation meta : type.getDeclaredAnnotations()) {
            if (TEST_ANNOTATIONS.contains(meta.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    private static void compile(Path sources, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path")));
        try (Stream<Path> files = Files.list(sources)) {
            files.forEach(f -> args.add(f.toString()));
        }
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "the fixture compiles");
    }

    /** Surefire's includes and excludes as regular expressions over class paths without ".class". */
    record SurefirePatterns(List<Pattern> includes, List<Pattern> excludes) {
        private static final Pattern SUREFIRE = Pattern.compile(
                "<artifactId>maven-surefire-plugin</artifactId>(.*?)</plugin>", Pattern.DOTALL);

        static SurefirePatterns fromPom(Path pom) throws IOException {
            Matcher plugin = SUREFIRE.matcher(Files.readString(pom));
            String config = plugin.find() ? plugin.group(1) : "";
            List<String> includes = entries(config, "include");
            return new SurefirePatterns(globs(includes.isEmpty() ? DEFAULT_INCLUDES : includes), globs(entries(config, "exclude")));
        }

        boolean runs(String classPath) {
            return includes.stream().anyMatch(p -> p.matcher(classPath).matches()) && !excludes(classPath);
        }

        boolean excludes(String classPath) {
            return excludes.stream().anyMatch(p -> p.matcher(classPath).matches());
        }

        private static List<String> entries(String config, String tag) {
            List<String> found = new ArrayList<>();
            Matcher m = Pattern.compile("<" + tag + ">\\s*([^<]+?)\\s*</" + tag + ">").matcher(config);
            while (m.find()) {
                found.add(m.group(1));
            }
            return found;
        }

        /** "**&#47;*Test.java" to a pattern over "a/b/FooTest" (the source suffix dropped). */
        private static List<Pattern> globs(List<String> globs) {
            List<Pattern> patterns = new ArrayList<>();
            for (String glob : globs) {
                String g = glob.replaceFirst("\\.(java|class)$", "");
                StringBuilder regex = new StringBuilder();
                for (int i = 0; i < g.length(); i++) {
                    char ch = g.charAt(i);
                    if (g.startsWith("**/", i)) {
                        regex.append("(?:.*/)?");
                        i += 2;
                    } else if (ch == '*') {
                        regex.append("[^/]*");
                    } else {
                        regex.append(Pattern.quote(String.valueOf(ch)));
                    }
                }
                patterns.add(Pattern.compile(regex.toString()));
            }
            return patterns;
        }
    }
}
