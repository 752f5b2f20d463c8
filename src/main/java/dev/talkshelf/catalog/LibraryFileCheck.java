package dev.talkshelf.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;

/**
 * Looks at a library file before SQLite opens it for writing, reading only its first 100 bytes (the SQLite
 * header), so that a file TalkShelf will refuse — not an SQLite database, cut short, another program's database,
 * written by a newer TalkShelf, read-only — is refused without a byte of it or beside it changed: no WAL switch,
 * no {@code -wal}/{@code -shm}/journal file. A header can be stale while a {@code -wal} file holds newer pages;
 * {@link Database} checks again with SQL before it configures anything.
 */
final class LibraryFileCheck {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;

    private LibraryFileCheck() {
    }

    /** What the header says; {@code empty} for a missing or zero-length file (a new library). */
    record Header(boolean empty, int pageSize, long pagesInHeader, int schemaCookie, int userVersion) {
    }

    /** Refuses, with a message a user can act on, a file TalkShelf must not open for writing. */
    static Header requireUsable(Path file) {
        Path name = file.getFileName();
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder) && isReadOnly(folder)) {
            throw new CatalogException("the folder of " + name + " (" + folder + ") is read-only: TalkShelf keeps its"
                    + " working files and backups beside the library. Copy it to a folder of your own and open the copy with --library FILE.");
        }
        if (!Files.exists(file)) {
            return new Header(true, 0, 0, 0, 0);
        }
        if (!Files.isRegularFile(file)) {
            throw new CatalogException(file + " is not a library file");
        }
        Header header = read(file);
        if (isReadOnly(file)) {
            throw new CatalogException(name + " is read-only: TalkShelf needs to write to its library. Make the file"
                    + " writable, or copy it and open the copy with --library FILE.");
        }
        return header;
    }

    /** The header of an existing file, checked for what can be told without SQLite. */
    static Header read(Path file) {
        Path name = file.getFileName();
        byte[] bytes;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(HEADER);
            size = Files.size(file);
        } catch (IOException e) {
            throw new CatalogException(name + " cannot be read (" + e.getMessage() + ")", e);
        }
        if (bytes.length == 0) {
            return new Header(true, 0, 0, 0, 0);
        }
        if (bytes.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new CatalogException(name + " is not a TalkShelf library (not an SQLite database)");
        }
        if (bytes.length < HEADER) {
            throw damaged(name);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes); // big-endian, as SQLite writes it
        int pageSize = Short.toUnsignedInt(b.getShort(16));
        pageSize = pageSize == 1 ? 65536 : pageSize;
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw damaged(name);
        }
        long changeCounter = Integer.toUnsignedLong(b.getInt(24));
        long pages = Integer.toUnsignedLong(b.getInt(28));
        long validFor = Integer.toUnsignedLong(b.getInt(92));
        boolean pagesKnown = pages > 0 && changeCounter == validFor;
        Header header = new Header(false, pageSize, pagesKnown ? pages : 0, b.getInt(40), b.getInt(60));
        boolean walBeside = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        if (!walBeside && (size % pageSize != 0 || size < header.pagesInHeader() * pageSize)) {
            throw damaged(name);
        }
        requireKnownVersion(name, header.userVersion());
        if (header.userVersion() == 0 && header.schemaCookie() != 0 && !walBeside) {
            throw foreign(name);
        }
        return header;
    }

    static void requireKnownVersion(Path name, int userVersion) {
        int latest = Schema.latestVersion();
        if (userVersion > latest) {
            throw new CatalogException(name + " was written by a newer TalkShelf (library schema " + userVersion
                    + "; this TalkShelf reads up to " + latest + "). Update TalkShelf, or open another library with --library FILE.");
        }
        if (userVersion < 0) {
            throw foreign(name);
        }
    }

    static CatalogException foreign(Path name) {
        return new CatalogException(name + " is a database of another program, not a TalkShelf library; nothing was changed");
    }

    static CatalogException damaged(Path name) {
        return new CatalogException(name + " is damaged (cut short or overwritten); nothing was changed."
                + " Restore a backup with: talkshelf restore FILE");
    }

    /** Read-only for this process, or with no write permission for anyone (which root would ignore). */
    private static boolean isReadOnly(Path p) {
        if (!Files.isWritable(p)) {
            return true;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            return !perms.contains(PosixFilePermission.OWNER_WRITE) && !perms.contains(PosixFilePermission.GROUP_WRITE)
                    && !perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }
}
