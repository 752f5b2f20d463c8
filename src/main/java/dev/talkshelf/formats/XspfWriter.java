package dev.talkshelf.formats;

import dev.talkshelf.model.MediaLocation;
import dev.talkshelf.model.Talk;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XSPF 1 playlist (VLC, mpv): locations as URIs ({@code file://} for local files), durations in
 * milliseconds, speakers as the creator. Talks with nothing to play are left out.
 */
public final class XspfWriter {
    private static final String NS = "http://xspf.org/ns/0/";

    public void write(String playlistTitle, List<Talk> talks, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            write(playlistTitle, talks, xml, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException("could not write the XSPF playlist", e);
        }
    }

    public void write(String playlistTitle, List<Talk> talks, Writer out) throws IOException {
        try {
            write(playlistTitle, talks, XMLOutputFactory.newFactory().createXMLStreamWriter(out), "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException("could not write the XSPF playlist", e);
        }
    }

    private static void write(String playlistTitle, List<Talk> talks, XMLStreamWriter xml, String encoding)
            throws XMLStreamException {
        xml.writeStartDocument(encoding, "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("playlist");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("version", "1");
        if (playlistTitle != null) {
            element(xml, "title", playlistTitle);
        }
        xml.writeStartElement("trackList");
        for (Talk talk : talks) {
            Optional<String> location = location(talk.media());
            if (location.isEmpty()) {
                continue;
            }
            xml.writeStartElement("track");
            element(xml, "location", location.get());
            element(xml, "title", talk.title());
            if (!talk.speakers().isEmpty()) {
                element(xml, "creator", String.join(", ", talk.speakers()));
            }
            if (talk.event() != null) {
                element(xml, "album", talk.event());
            }
            if (talk.duration() != null) {
                element(xml, "duration", Long.toString(talk.duration().toMillis()));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /** An absolute URI players accept: file:// for local paths, http(s) URLs as given. */
    static Optional<String> location(String media) {
        return MediaLocation.parse(media).map(m -> m instanceof MediaLocation.LocalFile local
                ? local.path().toAbsolutePath().toUri().toASCIIString()
                : m.text());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    }

    // XML 1.0 cannot carry most control characters even escaped; the stream writer would pass them through.
    private static String xmlSafe(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
