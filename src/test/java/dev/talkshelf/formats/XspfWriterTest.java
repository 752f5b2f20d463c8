package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.Talk;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XspfWriterTest {
    private static final String NS = "http://xspf.org/ns/0/";
    @TempDir
    Path dir;

    private Document writeAndParse(List<Talk> talks) throws Exception {
        Path file = dir.resolve("out.xspf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new XspfWriter().write("Rust & <friends>", talks, out);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(NS, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    @Test
    void tracksCarryEscapedTitleCreatorAndMillisecondDuration() throws Exception {
        Document doc = writeAndParse(List.of(Talk.titled("Rust <Async> & \"you\"").withSpeakers(List.of("Ann Lee", "Bo Chen"))
                .withDuration(Duration.ofSeconds(90)).withEvent("YOW! 2024").withMedia("https://www.youtube.com/watch?v=abcdefghijk&t=5")));
        assertEquals("1", doc.getDocumentElement().getAttribute("version"));
        assertEquals("Rust & <friends>", text(doc.getDocumentElement(), "title"));
        Element track = (Element) doc.getElementsByTagNameNS(NS, "track").item(0);
        assertEquals("Rust <Async> & \"you\"", text(track, "title"));
        assertEquals("Ann Lee, Bo Chen", text(track, "creator"));
        assertEquals("90000", text(track, "duration"));
        assertEquals("YOW! 2024", text(track, "album"));
        assertEquals("https://www.youtube.com/watch?v=abcdefghijk&t=5", text(track, "location"));
    }

    @Test
    void localPathBecomesAFileUriWithSpacesEncoded() throws Exception {
        Path video = dir.resolve("my talks/Café [x].mp4");
        Document doc = writeAndParse(List.of(Talk.titled("T").withMedia(video.toString())));
        String location = text(doc.getDocumentElement(), "location");
        assertEquals(video.toUri().toASCIIString(), location);
        assertEquals(video, Path.of(URI.create(location)));
    }

    @Test
    void talksWithoutPlayableMediaAreLeftOut() throws Exception {
        Document doc = writeAndParse(List.of(Talk.titled("none"), Talk.titled("bad").withMedia("javascript:alert(1)"),
                Talk.titled("ok").withMedia("https://vimeo.com/1")));
        assertEquals(1, doc.getElementsByTagNameNS(NS, "track").getLength());
    }

    @Test
    void controlCharactersDoNotBreakTheXml() throws Exception {
        Document doc = writeAndParse(List.of(Talk.titled("bell\u0007 here").withMedia("https://vimeo.com/1")));
        Element track = (Element) doc.getElementsByTagNameNS(NS, "track").item(0);
        assertEquals("bell here", text(track, "title"));
    }
}
